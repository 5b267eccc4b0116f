package vn.sochibo.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules of a paper list that used to live in the batch controller: who a line names,
 * in which area it is posted, which methods a list may use, and how every wrong line is
 * reported by its number on the paper — with nothing posted.
 */
@IntegrationTest
class BatchesTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Batches batches;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	FundSummary fund;

	HouseholdDetail householdOfA;

	HouseholdDetail householdOfB;

	LocalDate today;

	@BeforeEach
	void newWardWithAFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Vì người nghèo", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
		this.householdOfA = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Trường Đồ");
		this.householdOfB = this.fixtures.household(this.ward, this.ward.areaB(), "Phạm Văn Bê");
	}

	@Test
	void aHouseholdCodeIsThatHouseholdInItsAreaAndTheOtherLinesAreInTheListsArea() {
		List<LedgerEntry> posted = this.batches.post(this.ward.admin(),
				list(3, 600_000, PaymentMethod.CASH,
						line(1, this.householdOfB.code(), 300_000, DisplayChoice.ANONYMOUS),
						line(2, "Nguyễn Văn An", 200_000, DisplayChoice.FULL_NAME),
						line(3, null, 100_000, DisplayChoice.ANONYMOUS)));

		assertThat(posted)
			.extracting(LedgerEntry::householdId, LedgerEntry::areaId, LedgerEntry::contributorKind,
					LedgerEntry::contributorName)
			.containsExactly(
					tuple(this.householdOfB.id(), this.ward.areaB().id(), ContributorKind.HOUSEHOLD, "Phạm Văn Bê"),
					tuple(null, this.ward.areaA().id(), ContributorKind.PERSON, "Nguyễn Văn An"),
					tuple(null, this.ward.areaA().id(), null, null));
		assertThat(posted).extracting(LedgerEntry::batchId).containsOnly(posted.get(0).batchId()).doesNotContainNull();
	}

	@Test
	void everyWrongLineIsReportedInPaperOrderAndNothingIsPosted() {
		PaperList list = new PaperList(this.fund.id(), 3, Money.of(600_000), null, this.today, PaymentMethod.CASH,
				this.ward.areaA().id(),
				List.of(line(1, this.householdOfB.code(), 300_000, DisplayChoice.ANONYMOUS),
						line(2, "Nguyễn Văn An", 200_000, DisplayChoice.FULL_NAME)),
				List.of(new PaperList.Problem(3, "batch.line.amount")));

		assertThatExceptionOfType(PaperListException.class)
			.isThrownBy(() -> this.batches.post(this.ward.officer(), list))
			.satisfies(
					(ex) -> assertThat(ex.problems()).extracting(PaperList.Problem::line, PaperList.Problem::messageKey)
						.containsExactly(tuple(1, "batch.line.household"), tuple(3, "batch.line.amount")));
		assertNothingPosted();
	}

	@Test
	void aLineTheLedgerRefusesIsReportedByItsNumberOnThePaper() {
		// Blank rows are not numbered, but a list may say which row a line was: the
		// problem names the paper's number, not the position among the lines.
		PaperList list = list(3, 299_995, PaymentMethod.CASH, line(2, "Lê Văn Một", 100_000, DisplayChoice.FULL_NAME),
				line(5, "Lê Văn Hai", 200_000, DisplayChoice.FULL_NAME),
				line(9, "Lê Văn Ba", -5, DisplayChoice.FULL_NAME));

		assertThatExceptionOfType(PaperListException.class)
			.isThrownBy(() -> this.batches.post(this.ward.officer(), list))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.line()).isEqualTo(9))
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("entry.amount.positive")));
		assertNothingPosted();
	}

	@Test
	void aListDatedBeforeTheFundStartsIsRefusedOnItsDateNotOnALine() {
		PaperList list = new PaperList(this.fund.id(), 2, Money.of(300_000), null, LocalDate.of(2024, 12, 31),
				PaymentMethod.CASH, this.ward.areaA().id(),
				List.of(line(1, "Lê Văn Một", 100_000, DisplayChoice.FULL_NAME),
						line(2, this.householdOfA.code(), 200_000, DisplayChoice.ANONYMOUS)),
				List.of());

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.batches.post(this.ward.officer(), list))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("date"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("entry.date.beforeFund"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("01/01/2025"));
		assertNothingPosted();
	}

	@Test
	void aPaperListIsCashOrBankTransferNeverGoods() {
		for (PaymentMethod method : List.of(PaymentMethod.IN_KIND, PaymentMethod.LABOUR, PaymentMethod.LAND)) {
			assertThatExceptionOfType(RuleViolationException.class)
				.isThrownBy(() -> this.batches.post(this.ward.officer(),
						list(1, 100_000, method, line(1, "Lê Văn Một", 100_000, DisplayChoice.FULL_NAME))))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("method"))
				.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("batch.method"));
		}
		assertThat(this.batches.post(this.ward.officer(),
				list(1, 100_000, PaymentMethod.BANK_TRANSFER, line(1, "Lê Văn Một", 100_000, DisplayChoice.FULL_NAME))))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.method()).isEqualTo(PaymentMethod.BANK_TRANSFER));
	}

	@Test
	void theControlFiguresMustMatchTheLines() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.batches.post(this.ward.officer(),
					list(2, 100_000, PaymentMethod.CASH, line(1, "Lê Văn Một", 100_000, DisplayChoice.FULL_NAME))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("batch.countMismatch"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.batches.post(this.ward.officer(),
					list(1, 90_000, PaymentMethod.CASH, line(1, "Lê Văn Một", 100_000, DisplayChoice.FULL_NAME))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("batch.totalMismatch"));
		assertNothingPosted();
	}

	@Test
	void aHouseholdOutsideTheOfficersAreasIsUnknownToThem() {
		assertThatExceptionOfType(PaperListException.class)
			.isThrownBy(() -> this.batches.post(this.ward.officer(),
					list(2, 300_000, PaymentMethod.CASH,
							line(1, this.householdOfA.code(), 100_000, DisplayChoice.HOUSEHOLD_LABEL),
							line(2, this.householdOfB.code(), 200_000, DisplayChoice.ANONYMOUS))))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(PaperList.Problem::line).containsExactly(2));
		assertNothingPosted();

		List<LedgerEntry> posted = this.batches.post(this.ward.officer(), list(1, 100_000, PaymentMethod.CASH,
				line(1, this.householdOfA.code(), 100_000, DisplayChoice.HOUSEHOLD_LABEL)));
		assertThat(posted).singleElement().satisfies((entry) -> {
			assertThat(entry.householdId()).isEqualTo(this.householdOfA.id());
			assertThat(entry.displayName()).isEqualTo("Hộ Đồ, hẻm 49-57");
		});
	}

	private PaperList list(int count, long total, PaymentMethod method, PaperList.Line... lines) {
		List<PaperList.Line> sorted = List.of(lines)
			.stream()
			.sorted(Comparator.comparingInt(PaperList.Line::number))
			.toList();
		return new PaperList(this.fund.id(), count, Money.of(total), null, this.today, method, this.ward.areaA().id(),
				sorted, List.of());
	}

	private static PaperList.Line line(int number, String who, long amount, DisplayChoice display) {
		return new PaperList.Line(number, who, Money.of(amount), display);
	}

	private void assertNothingPosted() {
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_entries where fund_id = ?", Long.class,
				this.fund.id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_batches where fund_id = ?", Long.class,
				this.fund.id()))
			.isZero();
	}

}
