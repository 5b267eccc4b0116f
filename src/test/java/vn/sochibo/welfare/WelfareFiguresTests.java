package vn.sochibo.welfare;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Welfare's figures of areas and a year: the gifts given to households of those areas by
 * the year's programs (a cancelled one never counts), by kind of support, and the loan
 * referrals with what was lent.
 */
@IntegrationTest
class WelfareFiguresTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Households households;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	WelfarePrograms programs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	WelfareFixtures fixtures;

	@BeforeEach
	void build() {
		this.fixtures = new WelfareFixtures(this.households, this.funds, this.ledger, this.programs, this.jdbc,
				this.messages, this.clock);
	}

	@Autowired
	Gifts gifts;

	@Autowired
	LoanReferrals loans;

	@Autowired
	WelfareFigures figures;

	@Test
	void theGiftsAndReferralsOfTheAreasAndTheYearAreCountedAndNothingElse() {
		TestWard ward = this.wards.newWard();
		ProgramView program = this.fixtures.program(ward);
		HouseholdDetail first = this.fixtures.household(ward, ward.areaA(), "Nguyễn Thị Hoa", StatusKind.POOR);
		HouseholdDetail second = this.fixtures.household(ward, ward.areaA(), "Trần Văn Bé", StatusKind.NEAR_POOR);
		HouseholdDetail elsewhere = this.fixtures.household(ward, ward.areaB(), "Lê Văn Xa", StatusKind.POOR);
		give(ward, program, first, GiftItem.NECESSITIES, 350_000);
		give(ward, program, second, GiftItem.CASH, 500_000);
		GiftRow cancelled = give(ward, program, second, GiftItem.NECESSITIES, 350_000);
		this.gifts.cancel(ward.admin(), cancelled.id(), "Ghi nhầm hộ");
		give(ward, program, elsewhere, GiftItem.NECESSITIES, 350_000);
		LoanReferralView loan = this.loans.create(ward.admin(), new LoanReferralDetails(first.id(),
				LoanPurpose.POOR_HOUSEHOLD, null, Money.of(50_000_000), this.fixtures.today(), null));
		this.loans.recordOutcome(ward.admin(), loan.id(),
				new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(40_000_000), this.fixtures.today()),
				loan.version());

		WelfareYear year = this.figures.year(ward.admin(), Set.of(ward.areaA().id()), this.fixtures.year());
		WelfareYear lastYear = this.figures.year(ward.admin(), Set.of(ward.areaA().id()), this.fixtures.year() - 1);

		assertThat(year.gifts()).isEqualTo(2);
		assertThat(year.households()).isEqualTo(2);
		assertThat(year.value()).isEqualTo(Money.of(850_000));
		assertThat(year.item(GiftItem.NECESSITIES)).isEqualTo(new WelfareYear.ItemLine(1, Money.of(350_000)));
		assertThat(year.item(GiftItem.CASH)).isEqualTo(new WelfareYear.ItemLine(1, Money.of(500_000)));
		assertThat(year.programs()).singleElement()
			.isEqualTo(new WelfareYear.ProgramLine(program.id(), program.name(), 2, 2, Money.of(850_000)));
		assertThat(year.referrals()).isEqualTo(1);
		assertThat(year.approvedReferrals()).isEqualTo(1);
		assertThat(year.lent()).isEqualTo(Money.of(40_000_000));
		assertThat(year.figures()).extracting(vn.sochibo.shared.Figure::key)
			.contains("figure.welfare.gifts", "figure.welfare.lent");
		assertThat(lastYear.gifts()).isZero();
		assertThat(lastYear.programs()).isEmpty();
		assertThat(lastYear.referrals()).isZero();
		assertThat(this.figures.year(ward.admin(), Set.of(), this.fixtures.year()).gifts()).isZero();
	}

	private GiftRow give(TestWard ward, ProgramView program, HouseholdDetail household, GiftItem item, long value) {
		return this.gifts.give(ward.admin(), program.id(), household.code(), new GiftDetails(item, "Quà Tết", 1,
				Money.of(value), this.fixtures.today(), WelfareFixtures.DELIVERED_BY, null), true);
	}

}
