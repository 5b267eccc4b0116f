package vn.sochibo.shared;

import org.springframework.validation.BindingResult;

/**
 * A business rule that only the service can check (a code already used in the ward, an
 * area that is already merged…). Controllers turn it into an error next to the field.
 */
public class RuleViolationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public RuleViolationException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * Adds this violation to a form's binding result, next to its field (or as a global
	 * error when it names none).
	 */
	public void addTo(BindingResult result) {
		if (this.field == null) {
			result.reject(this.messageKey, this.arguments, null);
		}
		else {
			result.rejectValue(this.field, this.messageKey, this.arguments, null);
		}
	}

}
