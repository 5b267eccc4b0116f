package vn.sochibo.submission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The used tokens: remembered for {@link FormSubmissions#RETENTION}, then purged; and
 * claimed only inside the posting's own transaction.
 */
@IntegrationTest
class FormSubmissionsTests {

	@Autowired
	FormSubmissions submissions;

	@Autowired
	WardFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void tokensUsedLongerAgoThanTheRetentionArePurgedAndRecentOnesKept() {
		TestWard ward = this.fixtures.newWard();
		UUID old = used(ward, this.clock.instant().minus(FormSubmissions.RETENTION).minus(Duration.ofMinutes(1)));
		UUID recent = used(ward, this.clock.instant().minus(FormSubmissions.RETENTION).plus(Duration.ofHours(1)));

		assertThat(this.submissions.purge()).isGreaterThanOrEqualTo(1);

		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
	}

	@Test
	void aTokenIsClaimedOnlyInThePostingsTransaction() {
		TestWard ward = this.fixtures.newWard();
		UUID token = UUID.randomUUID();

		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.submissions.once(ward.admin(), token, "FUND_CONTRIBUTION", () -> 1L, (id) -> id));
		assertThat(exists(token)).isFalse();
	}

	private UUID used(TestWard ward, java.time.Instant at) {
		UUID token = UUID.randomUUID();
		this.jdbc.update("""
				insert into form_submissions (token, ward_id, kind, submitted_by, submitted_at, result_id)
				values (?, ?, 'FUND_CONTRIBUTION', 'test', ?, 1)""", token, ward.id(), Timestamp.from(at));
		return token;
	}

	private boolean exists(UUID token) {
		return this.jdbc.queryForObject("select exists (select 1 from form_submissions where token = ?)", Boolean.class,
				token);
	}

}
