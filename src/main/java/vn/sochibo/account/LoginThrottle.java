package vn.sochibo.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated failed logins. Kept in the database so
 * that several application instances share it; unknown user names are throttled as well,
 * so the lock says nothing about which accounts exist.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${sochibo.login.max-failures}") int maxFailures,
			@Value("${sochibo.login.lock-minutes}") int lockMinutes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = Duration.ofMinutes(lockMinutes);
	}

	boolean isLocked(String username) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from login_failures where username = :username")
			.param("username", key(username))
			.query(Timestamp.class)
			.optional()
			.map((lockedUntil) -> lockedUntil.toInstant().isAfter(now))
			.orElse(false);
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		recordFailure(String.valueOf(event.getAuthentication().getName()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.jdbc.sql("delete from login_failures where username = :username")
			.param("username", key(event.getAuthentication().getName()))
			.update();
	}

	void recordFailure(String username) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp windowStart = Timestamp.from(this.clock.instant().minus(this.lockDuration));
		Timestamp lockUntil = Timestamp.from(this.clock.instant().plus(this.lockDuration));
		// Failures older than the lock duration start a new count.
		this.jdbc.sql("""
				insert into login_failures (username, failures, last_failure_at) values (:username, 1, :now)
				on conflict (username) do update set
				  failures = case when login_failures.last_failure_at < :windowStart then 1
				                  else login_failures.failures + 1 end,
				  last_failure_at = :now,
				  locked_until = case when login_failures.last_failure_at >= :windowStart
				                       and login_failures.failures + 1 >= :maxFailures then :lockUntil
				                  else login_failures.locked_until end""")
			.param("username", key(username))
			.param("now", now)
			.param("windowStart", windowStart)
			.param("maxFailures", this.maxFailures)
			.param("lockUntil", lockUntil)
			.update();
	}

	private static String key(String username) {
		String key = (username != null) ? username.strip().toLowerCase() : "";
		return (key.length() > 200) ? key.substring(0, 200) : key;
	}

}
