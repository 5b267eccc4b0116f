package vn.sochibo.submission;

/**
 * The form was sent before with the same token and posted then: nothing is posted again.
 * Carries what the first sending recorded (an id, or a print's number) so the controller
 * can lead the user to it, as after the first sending.
 */
public class AlreadySubmittedException extends RuntimeException {

	private final long resultId;

	AlreadySubmittedException(long resultId) {
		super("form already submitted");
		this.resultId = resultId;
	}

	public long resultId() {
		return this.resultId;
	}

}
