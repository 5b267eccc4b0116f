package vn.sochibo.imports;

/**
 * An uploaded file that cannot be read as the import's sheet — not an .xlsx, encrypted,
 * corrupt, a zip bomb, too many rows, wrong headers, merged cells, no data: the job fails
 * with the message {@code import.file.<reason>} and nothing is written.
 */
class ImportFileException extends Exception {

	private final String reason;

	private final String detail;

	ImportFileException(String reason) {
		this(reason, null);
	}

	ImportFileException(String reason, String detail) {
		super(reason + ((detail != null) ? ": " + detail : ""));
		this.reason = reason;
		this.detail = detail;
	}

	String reason() {
		return this.reason;
	}

	/** What to name in the message (the headers missing, the merged range…), or null. */
	String detail() {
		return this.detail;
	}

}
