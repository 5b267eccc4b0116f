package vn.sochibo.submission;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A form that posts once however many times it is sent: it carries a one-time token (the
 * hidden field {@code submissionToken}, fragment {@code fragments/forms :: once}) that
 * the posting service claims ({@link FormSubmissions#once}). A form is shown with a new
 * token when it has none or its token was refused (the web configuration gives it one
 * before the page is rendered), and keeps its token when it is shown again with other
 * errors — nothing was posted, the token is still good. A form sent without a token (or
 * with an unreadable one) gets a field error and posts nothing.
 */
public abstract class OneTimeForm {

	/** The name of the token's field. */
	public static final String FIELD = "submissionToken";

	@NotNull(message = "{submission.token.missing}")
	private UUID submissionToken;

	public UUID getSubmissionToken() {
		return this.submissionToken;
	}

	public void setSubmissionToken(UUID submissionToken) {
		this.submissionToken = submissionToken;
	}

	/**
	 * Gives the form a new token unless it has a usable one (it has one and it was not
	 * refused).
	 */
	public void renewToken(boolean refused) {
		if (this.submissionToken == null || refused) {
			this.submissionToken = UUID.randomUUID();
		}
	}

}
