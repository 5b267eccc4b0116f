package vn.sochibo.submission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;

/**
 * One-time form tokens: what keeps a form that posts (a contribution, an expenditure, a
 * paper list, a gift, a distribution, a print…) from posting twice when it is sent twice
 * — a double tap, a slow line, the back button, two requests in flight at once.
 *
 * <p>
 * The form carries a random token from the moment it is shown ({@link OneTimeForm}); the
 * service that posts it wraps the posting in {@link #once}, inside its own transaction.
 * {@code once} first claims the token (an insert under the primary key, {@code on
 * conflict do nothing}): the first sending claims it and posts; a later one finds it used
 * and gets {@link AlreadySubmittedException} with what the first recorded, without
 * posting; one sent while the first is still in flight waits on the key until the first
 * commits (then it finds it used) or rolls back (then it claims it and posts). A posting
 * refused by a rule rolls the claim back with it, so the form sent again after its errors
 * are fixed still posts. Tokens are not stored when a form is shown, only when one is
 * used; used ones are purged after {@link #RETENTION}.
 */
@Service
public class FormSubmissions {

	/** How long a used token is remembered. */
	public static final Duration RETENTION = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Clock clock;

	FormSubmissions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Runs the posting once for this token, in the caller's transaction, and remembers
	 * what it recorded (its id, or a print's number). The kind names the form
	 * ({@code "FUND_CONTRIBUTION"}): a token used by another form, ward or user is
	 * refused.
	 * @throws AlreadySubmittedException when the token was used by this form already
	 * @throws RuleViolationException (field {@code submissionToken}) when there is no
	 * token or it belongs to another form
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> T once(CurrentUser actor, UUID token, String kind, Supplier<T> posting, ToLongFunction<T> result) {
		if (token == null) {
			throw new RuleViolationException(OneTimeForm.FIELD, "submission.token.missing");
		}
		Long wardId = actor.requireWard();
		int claimed = this.jdbc.sql("""
				insert into form_submissions (token, ward_id, kind, submitted_by, submitted_at)
				values (:token, :wardId, :kind, :by, :at) on conflict (token) do nothing""")
			.param("token", token)
			.param("wardId", wardId)
			.param("kind", kind)
			.param("by", actor.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		if (claimed == 0) {
			Used used = this.jdbc
				.sql("select ward_id, kind, submitted_by, result_id from form_submissions where token = :token")
				.param("token", token)
				.query((rs, row) -> new Used(rs.getLong("ward_id"), rs.getString("kind"), rs.getString("submitted_by"),
						(Long) rs.getObject("result_id", Long.class)))
				.single();
			if (!used.wardId().equals(wardId) || !used.kind().equals(kind)
					|| !used.submittedBy().equals(actor.username()) || used.resultId() == null) {
				throw new RuleViolationException(OneTimeForm.FIELD, "submission.token.invalid");
			}
			throw new AlreadySubmittedException(used.resultId());
		}
		T posted = Objects.requireNonNull(posting.get());
		this.jdbc.sql("update form_submissions set result_id = :result where token = :token")
			.param("result", result.applyAsLong(posted))
			.param("token", token)
			.update();
		return posted;
	}

	/**
	 * Forgets the tokens used longer ago than {@link #RETENTION}: a form sent again that
	 * late posts again. Once a day; every instance may run it.
	 */
	@Scheduled(cron = "0 17 3 * * *", zone = "${sochibo.time-zone}")
	@Transactional
	public int purge() {
		return this.jdbc.sql("delete from form_submissions where submitted_at < :before")
			.param("before", Timestamp.from(this.clock.instant().minus(RETENTION)))
			.update();
	}

	private record Used(Long wardId, String kind, String submittedBy, Long resultId) {
	}

}
