package vn.sochibo.shared;

/**
 * An import's plan no longer matches the records it was checked against (a code now
 * taken, a record changed by someone else, an area merged): the commit writes nothing and
 * the file must be checked again.
 */
public class StalePlanException extends RuntimeException {

	private final int rowNo;

	private final String messageKey;

	private final transient Object[] arguments;

	public StalePlanException(int rowNo, String messageKey, Object... arguments) {
		super(messageKey + " (row " + rowNo + ")");
		this.rowNo = rowNo;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The Excel row the plan went stale at. */
	public int rowNo() {
		return this.rowNo;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
