package vn.sochibo;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.fund.Receipts;
import vn.sochibo.shared.Money;
import vn.sochibo.support.DatabaseOwner;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the application's own database role may not do, whatever the code above it does:
 * migrations run as the owner, the application connects as a role that owns nothing and
 * may only read and append to the append-only tables — so it cannot change them, nor
 * disable the triggers that guard them (SQLState 42501, insufficient privilege). Each
 * attempt runs in a transaction that is rolled back, should it ever succeed.
 * <p>
 * Skipped in a single-URL setup (no {@code spring.flyway.user}): there the application's
 * role runs the migrations and owns the tables, and only the triggers guard them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabasePrivilegesTests {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	private static final List<String> APPEND_ONLY_TABLES = List.of("ledger_entries", "audit_events", "ledger_batches",
			"annual_report_editions", "receipt_prints", "ledger_closed_years");

	@Autowired
	DatabaseOwner owner;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Receipts receipts;

	@Autowired
	Clock clock;

	TestWard ward;

	LedgerEntry entry;

	@BeforeAll
	void postAnEntry() {
		this.ward = this.fixtures.newWard();
		LocalDate today = LocalDate.now(this.clock);
		FundSummary fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ thử quyền hạn", "Thử quyền hạn", null, LocalDate.of(2025, 1, 1), null, Set.of()));
		this.entry = this.ledger.contribute(this.ward.officer(), new Contribution(fund.id(), today, PaymentMethod.CASH,
				Money.of(500_000), this.ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null));
	}

	@BeforeEach
	void onlyWithTwoRoles() {
		assumeTrue(this.owner.isSeparateFromTheApplication(),
				() -> "single-URL setup: the application's role '" + this.owner.applicationRole()
						+ "' runs the migrations and owns the tables (no spring.flyway.user), so no privilege"
						+ " holds it back; scripts/test.sh sets SPRING_FLYWAY_USER to the owner");
	}

	static List<String> appendOnlyTables() {
		return APPEND_ONLY_TABLES;
	}

	@ParameterizedTest
	@MethodSource("appendOnlyTables")
	void theApplicationCannotUpdateAnAppendOnlyTable(String table) {
		assertInsufficientPrivilege(
				() -> this.jdbc.update("update " + table + " set ward_id = ward_id where ward_id = ?", this.ward.id()));
	}

	@ParameterizedTest
	@MethodSource("appendOnlyTables")
	void theApplicationCannotDeleteFromAnAppendOnlyTable(String table) {
		assertInsufficientPrivilege(
				() -> this.jdbc.update("delete from " + table + " where ward_id = ?", this.ward.id()));
	}

	@ParameterizedTest
	@MethodSource("appendOnlyTables")
	void theApplicationCannotTruncateAnAppendOnlyTable(String table) {
		assertInsufficientPrivilege(() -> this.jdbc.execute("truncate " + table));
	}

	@ParameterizedTest
	@MethodSource("appendOnlyTables")
	void theApplicationCannotDisableTheTriggerOfAnAppendOnlyTable(String table) {
		assertInsufficientPrivilege(
				() -> this.jdbc.execute("alter table " + table + " disable trigger tr_" + table + "_append_only"));
		assertInsufficientPrivilege(() -> this.jdbc.execute("alter table " + table + " disable trigger all"));
	}

	@Test
	void theApplicationCannotChangeTheEntryItPosted() {
		assertInsufficientPrivilege(
				() -> this.jdbc.update("update ledger_entries set amount = 1 where id = ?", this.entry.id()));
		assertInsufficientPrivilege(() -> this.jdbc.update("delete from ledger_entries where id = ?", this.entry.id()));
		assertThat(amountOfTheEntry()).isEqualTo(500_000L);
	}

	/**
	 * Printing locks the entry's fund, not the entry: locking a row takes the UPDATE
	 * privilege.
	 */
	@Test
	void theApplicationStillPrintsAReceiptAndItsCopy() {
		assertThat(this.receipts.print(this.ward.officer(), this.entry.fundId(), this.entry.id())).isEqualTo(1);
		assertThat(this.receipts.print(this.ward.officer(), this.entry.fundId(), this.entry.id())).isEqualTo(2);
		assertThat(this.receipts.printed(this.ward.officer(), this.entry.fundId(), this.entry.id(), 1).copy())
			.isFalse();
		assertThat(this.receipts.printed(this.ward.officer(), this.entry.fundId(), this.entry.id(), 2).copy()).isTrue();
	}

	@Test
	void theOwnerCanDisableTheTriggerAndChangeTheEntry() {
		this.owner.rolledBack((asOwner) -> {
			asOwner.execute("alter table ledger_entries disable trigger tr_ledger_entries_append_only");
			assertThat(asOwner.update("update ledger_entries set amount = 1 where id = ?", this.entry.id()))
				.isEqualTo(1);
		});

		assertThat(amountOfTheEntry()).isEqualTo(500_000L);
	}

	@Test
	void everyTableTheTriggerGuardsIsReadAndAppendOnlyToTheApplication() {
		List<String> guarded = this.jdbc.queryForList("""
				select distinct tgrelid::regclass::text from pg_trigger
				where tgfoid = 'refuse_change()'::regprocedure and not tgisinternal""", String.class);

		assertThat(guarded).containsAll(APPEND_ONLY_TABLES);
		for (String table : guarded) {
			assertThat(privileges(table)).as(table).containsExactly("SELECT", "INSERT");
		}
	}

	@Test
	void theApplicationMayChangeTheOtherTables() {
		assertThat(privileges("households")).containsExactly("SELECT", "INSERT", "UPDATE", "DELETE");
		assertThat(privileges("funds")).containsExactly("SELECT", "INSERT", "UPDATE", "DELETE");
		assertThat(privileges("flyway_schema_history")).isEmpty();
	}

	@Test
	void theApplicationOwnsNothingAndCannotBecomeTheOwner() {
		assertThat(this.jdbc.queryForObject("""
				select (select count(*) from pg_class where relowner = r.oid and relnamespace = 'public'::regnamespace)
				     + (select count(*) from pg_proc where proowner = r.oid and pronamespace = 'public'::regnamespace)
				     + (select count(*) from pg_type where typowner = r.oid and typnamespace = 'public'::regnamespace)
				     + (select count(*) from pg_namespace where nspowner = r.oid)
				     + (select count(*) from pg_database where datdba = r.oid and datname = current_database())
				from pg_roles r where r.rolname = current_user""", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class))
			.isFalse();
		assertThat(this.jdbc.queryForObject("select pg_has_role(current_user, ?, 'MEMBER')", Boolean.class,
				this.owner.role()))
			.isFalse();
		assertThat(this.jdbc.queryForObject("select has_schema_privilege('public', 'CREATE')", Boolean.class))
			.isFalse();
	}

	private List<String> privileges(String table) {
		return List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")
			.stream()
			.filter((privilege) -> this.jdbc.queryForObject("select has_table_privilege(?, ?)", Boolean.class, table,
					privilege))
			.toList();
	}

	private Long amountOfTheEntry() {
		return this.jdbc.queryForObject("select amount from ledger_entries where id = ?", Long.class, this.entry.id());
	}

	private void assertInsufficientPrivilege(ThrowingCallable statement) {
		this.transactions.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			Throwable refusal = catchThrowable(statement);
			while (refusal != null && !(refusal instanceof SQLException)) {
				refusal = refusal.getCause();
			}
			assertThat(refusal).as("a refusal by the database").isInstanceOf(SQLException.class);
			assertThat(((SQLException) refusal).getSQLState()).as(refusal.getMessage())
				.isEqualTo(INSUFFICIENT_PRIVILEGE);
		});
	}

}
