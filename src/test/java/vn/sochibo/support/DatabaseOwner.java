package vn.sochibo.support;

import java.util.Objects;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The test database as its owner sees it: the login that runs the migrations
 * ({@code spring.flyway.user} / {@code spring.flyway.password}, which
 * {@code scripts/test.sh} sets) on the application's database. For tests that do what the
 * application's own role may not, such as editing the ledger behind its back. In a
 * single-URL setup (no {@code spring.flyway.user}) the application's login runs the
 * migrations and owns the tables, and this is the application's connection.
 */
@TestComponent
public class DatabaseOwner {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JdbcTemplate application;

	DatabaseOwner(DataSource dataSource, Environment environment) {
		DataSource owner = dataSource;
		String user = environment.getProperty("spring.flyway.user");
		if (StringUtils.hasText(user)) {
			String url = environment.getProperty("spring.flyway.url",
					environment.getRequiredProperty("spring.datasource.url"));
			owner = new DriverManagerDataSource(url, user, environment.getProperty("spring.flyway.password"));
		}
		this.jdbc = new JdbcTemplate(owner);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(owner));
		this.application = new JdbcTemplate(dataSource);
	}

	/**
	 * Statements as the owner, each in a transaction of its own.
	 */
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/**
	 * Whether the owner is another role than the application's (false in a single-URL
	 * setup, where the application's role owns the tables and no privilege holds it
	 * back).
	 */
	public boolean isSeparateFromTheApplication() {
		return !Objects.equals(role(), applicationRole());
	}

	public String role() {
		return this.jdbc.queryForObject("select current_user", String.class);
	}

	public String applicationRole() {
		return this.application.queryForObject("select current_user", String.class);
	}

	/**
	 * Runs {@code sql} as the owner with the table's trigger disabled, and enables it
	 * again, in one committed transaction: a change behind the application's back.
	 */
	public int updateWithTriggerDisabled(String table, String trigger, String sql, Object... args) {
		Integer rows = this.transactions.execute((status) -> {
			this.jdbc.execute("alter table " + table + " disable trigger " + trigger);
			int updated = this.jdbc.update(sql, args);
			this.jdbc.execute("alter table " + table + " enable trigger " + trigger);
			return updated;
		});
		return Objects.requireNonNull(rows);
	}

	/**
	 * Runs {@code work} as the owner in one transaction that is rolled back.
	 */
	public void rolledBack(Consumer<JdbcTemplate> work) {
		this.transactions.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			work.accept(this.jdbc);
		});
	}

}
