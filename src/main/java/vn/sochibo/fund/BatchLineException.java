package vn.sochibo.fund;

import vn.sochibo.shared.RuleViolationException;

/**
 * A line of a batch broke a rule; nothing of the batch was posted.
 */
public class BatchLineException extends RuleViolationException {

	private final int line;

	private final RuleViolationException cause;

	BatchLineException(int line, RuleViolationException cause) {
		super("lines", cause.messageKey(), cause.arguments());
		this.line = line;
		this.cause = cause;
	}

	/** The line's number, from 1. */
	public int line() {
		return this.line;
	}

	public RuleViolationException violation() {
		return this.cause;
	}

}
