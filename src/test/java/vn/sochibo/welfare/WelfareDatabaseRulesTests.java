package vn.sochibo.welfare;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the database itself refuses of welfare rows, behind the services' back: plain SQL
 * on a program and a household built through the services.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WelfareDatabaseRulesTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	WelfarePrograms programs;

	@Autowired
	Households households;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	WelfareFixtures fixtures;

	TestWard ward;

	TestWard other;

	ProgramView program;

	HouseholdDetail household;

	HouseholdDetail otherWardsHousehold;

	@BeforeAll
	void build() {
		this.fixtures = new WelfareFixtures(this.households, this.funds, this.ledger, this.programs, this.jdbcTemplate,
				this.messages, this.clock);
		this.ward = this.wards.newWard();
		this.other = this.wards.newWard();
		this.program = this.fixtures.program(this.ward);
		this.household = this.fixtures.household(this.ward, this.ward.areaA(), "Đặng Văn Luật", StatusKind.POOR);
		this.otherWardsHousehold = this.fixtures.household(this.other, this.other.areaA(), "Đặng Văn Khác",
				StatusKind.POOR);
	}

	@Test
	void aGiftDatedOutsideItsProgramsYearIsRefused() {
		int before = this.fixtures.giftsOf(this.program);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertGift(this.household, 500_000, 1, LocalDate.of(this.program.year() - 1, 12, 31)))
			.withMessageContaining("outside the year");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertGift(this.household, 500_000, 1, LocalDate.of(this.program.year() + 1, 1, 1)))
			.withMessageContaining("outside the year");

		assertThat(this.fixtures.giftsOf(this.program)).isEqualTo(before);
	}

	@Test
	void aGiftCannotBeMovedOutOfItsProgramsYear() {
		Long giftId = insertGift(this.household, 500_000, 1, LocalDate.of(this.program.year(), 1, 10));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("update welfare_gifts set gift_date = :date where id = :id")
				.param("date", Date.valueOf(LocalDate.of(this.program.year() - 1, 6, 1)))
				.param("id", giftId)
				.update())
			.withMessageContaining("outside the year");

		assertThat(this.jdbc.sql("select gift_date from welfare_gifts where id = :id")
			.param("id", giftId)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(this.program.year(), 1, 10));
	}

	@Test
	void aGiftOfNoValueOrQuantityIsRefused() {
		int before = this.fixtures.giftsOf(this.program);
		LocalDate inYear = LocalDate.of(this.program.year(), 1, 10);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertGift(this.household, 0, 1, inYear))
			.withMessageContaining("ck_welfare_gifts_value");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertGift(this.household, -1, 1, inYear))
			.withMessageContaining("ck_welfare_gifts_value");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertGift(this.household, 1_000_000_001L, 1, inYear))
			.withMessageContaining("ck_welfare_gifts_value");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertGift(this.household, 100_000, 0, inYear))
			.withMessageContaining("ck_welfare_gifts_quantity");

		assertThat(this.fixtures.giftsOf(this.program)).isEqualTo(before);
	}

	@Test
	void aGiftForAHouseholdOfAnotherWardIsRefused() {
		int before = this.fixtures.giftsOf(this.program);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(
					() -> insertGift(this.otherWardsHousehold, 100_000, 1, LocalDate.of(this.program.year(), 1, 10)))
			.withMessageContaining("fk_welfare_gifts_household");

		assertThat(this.fixtures.giftsOf(this.program)).isEqualTo(before);
	}

	@Test
	void aProgramsDateBudgetAndSourceAreCheckedToo() {
		int before = this.fixtures.programsOf(this.ward);
		int year = this.fixtures.year();

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertProgram(year, LocalDate.of(year - 1, 12, 31), 1_000_000L, "FRONT", null))
			.withMessageContaining("ck_welfare_programs_date");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertProgram(year, LocalDate.of(year, 1, 1), 0L, "FRONT", null))
			.withMessageContaining("ck_welfare_programs_budget");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertProgram(year, LocalDate.of(year, 1, 1), 100_000_000_001L, "FRONT", null))
			.withMessageContaining("ck_welfare_programs_budget");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertProgram(year, LocalDate.of(year, 1, 1), null, "FUND", null))
			.withMessageContaining("ck_welfare_programs_fund");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertProgram(year, LocalDate.of(year, 1, 1), null, "SPONSOR", null))
			.withMessageContaining("ck_welfare_programs_sponsor");
		Long fundId = this.fixtures.fund(this.ward).id();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("""
					insert into welfare_programs (ward_id, name, occasion, program_year, program_date, source, fund_id)
					values (:wardId, 'Chi từ quỹ, không ai duyệt', 'TET', :year, :date, 'FUND', :fundId)""")
				.param("wardId", this.ward.id())
				.param("year", year)
				.param("date", Date.valueOf(LocalDate.of(year, 1, 1)))
				.param("fundId", fundId)
				.update())
			.withMessageContaining("ck_welfare_programs_approver");

		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);
	}

	@Test
	void aDistributionsTotalIsItsUnitValueTimesItsGifts() {
		int before = this.fixtures.distributionsOf(this.program);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("""
					insert into welfare_distributions (ward_id, program_id, gift_date, item, quantity, unit_value,
					  delivered_by, selection, gift_count, total, posted_by, posted_at)
					values (:wardId, :programId, :date, 'GIFT_PACKAGE', 1, 300000, 'Trao', 'Hộ nghèo', 3, 600000,
					  'test', :at)""")
				.param("wardId", this.ward.id())
				.param("programId", this.program.id())
				.param("date", Date.valueOf(LocalDate.of(this.program.year(), 1, 10)))
				.param("at", Timestamp.from(this.clock.instant()))
				.update())
			.withMessageContaining("ck_welfare_distributions_total");

		assertThat(this.fixtures.distributionsOf(this.program)).isEqualTo(before);
	}

	private Long insertGift(HouseholdDetail household, long value, int quantity, LocalDate date) {
		return this.jdbc.sql("""
				insert into welfare_gifts (ward_id, program_id, household_id, area_id, item, quantity, value, gift_date,
				  delivered_by, recorded_by, recorded_at)
				values (:wardId, :programId, :householdId, :areaId, 'GIFT_PACKAGE', :quantity, :value, :date, 'Trao',
				  'test', :at) returning id""")
			.param("wardId", this.ward.id())
			.param("programId", this.program.id())
			.param("householdId", household.id())
			.param("areaId", this.ward.areaA().id())
			.param("quantity", quantity)
			.param("value", value)
			.param("date", Date.valueOf(date))
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	private void insertProgram(int year, LocalDate date, Long budget, String source, Long fundId) {
		this.jdbc.sql("""
				insert into welfare_programs (ward_id, name, occasion, program_year, program_date, budget, source,
				  fund_id, approver)
				values (:wardId, :name, 'TET', :year, :date, :budget, :source, :fundId,
				  case when :source = 'FUND' then 'Nguyễn Văn Duyệt' end)""")
			.param("wardId", this.ward.id())
			.param("name", "Chương trình " + WelfareFixtures.suffix())
			.param("year", year)
			.param("date", Date.valueOf(date))
			.param("budget", budget)
			.param("source", source)
			.param("fundId", fundId)
			.update();
	}

}
