package vn.sochibo.imports;

/**
 * The same file (by its SHA-256) was imported into the ward before: checking it again
 * needs the user's explicit confirmation.
 */
public class DuplicateFileException extends RuntimeException {

	private final transient ImportJobView earlier;

	DuplicateFileException(ImportJobView earlier) {
		super("file already imported by job " + earlier.id());
		this.earlier = earlier;
	}

	public ImportJobView earlier() {
		return this.earlier;
	}

}
