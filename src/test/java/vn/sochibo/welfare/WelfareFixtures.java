package vn.sochibo.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Builds welfare data for tests on a ward of {@code WardFixtures}: households with
 * statuses of a year, campaign funds, programs of this year (the clock's), gifts dated
 * today; counts rows to prove that a refusal wrote nothing; checks that a refusal carries
 * a Vietnamese message.
 */
final class WelfareFixtures {

	static final String DELIVERED_BY = "Trần Thị Trao";

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };

	static final byte[] WEBP = { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };

	static final byte[] PDF = { '%', 'P', 'D', 'F', '-', '1', '.', '7', '\n' };

	private final Households households;

	private final Funds funds;

	private final WelfarePrograms programs;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final Clock clock;

	/** What a fixture fund holds before any gift. */
	static final Money FUND_RAISED = Money.of(30_000_000);

	private final Ledger ledger;

	WelfareFixtures(Households households, Funds funds, Ledger ledger, WelfarePrograms programs, JdbcTemplate jdbc,
			MessageSource messages, Clock clock) {
		this.ledger = ledger;
		this.households = households;
		this.funds = funds;
		this.programs = programs;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	int year() {
		return today().getYear();
	}

	/**
	 * A household of the area with the statuses given for this year.
	 */
	HouseholdDetail household(TestWard ward, AreaView area, String headName, StatusKind... thisYear) {
		HouseholdDetail household = this.households.create(ward.admin(), new HouseholdDetails(null, headName,
				"12 hẻm 9-15 đường Nguyễn Văn Cừ", "hẻm 9-15", area.id(), 3, "0912345678", null));
		Arrays.stream(thisYear).forEach((kind) -> status(ward, household, year(), kind));
		return household;
	}

	void status(TestWard ward, HouseholdDetail household, int year, StatusKind kind) {
		this.households.addStatus(ward.admin(), household.id(),
				new StatusDetails(year, kind, null, "Nghị định 07/2021/NĐ-CP", "QĐ 12/QĐ-UBND", null));
	}

	/**
	 * A campaign fund of the ward (none of {@code areas}: the whole ward).
	 */
	/**
	 * A campaign fund holding {@link #FUND_RAISED} from one donation (its first entry): a
	 * program paid from it never spends more than that.
	 */
	FundSummary fund(TestWard ward, AreaView... areas) {
		FundSummary fund = this.funds.create(ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Vì người nghèo " + suffix(), "Quà Tết cho hộ nghèo", Money.of(50_000_000),
						LocalDate.of(2020, 1, 1), null, ids(areas)));
		this.ledger.contribute(ward.admin(),
				new Contribution(fund.id(), LocalDate.of(year(), 1, 1), PaymentMethod.BANK_TRANSFER, FUND_RAISED,
						(areas.length > 0) ? areas[0].id() : null, null, ContributorKind.BUSINESS, "Công ty Hòa Bình",
						DisplayChoice.FULL_NAME, null, null));
		return fund;
	}

	FundSummary fundTotals(TestWard ward, FundSummary fund) {
		return this.funds.get(ward.admin(), fund.id());
	}

	/**
	 * The details of a program of this year for poor and near-poor households, paid by
	 * the Front committee, for the whole ward.
	 */
	ProgramDetails details(String name) {
		return new ProgramDetails(name, Occasion.TET, year(), today(), Set.of(StatusKind.POOR, StatusKind.NEAR_POOR),
				Money.of(20_000_000), ProgramSource.FRONT, null, null, null, "Quà Tết cho hộ khó khăn", Set.of(), null);
	}

	ProgramDetails withYearAndDate(ProgramDetails d, Integer year, LocalDate date) {
		return new ProgramDetails(d.name(), d.occasion(), year, date, d.targets(), d.budget(), d.source(), d.fundId(),
				d.cellId(), d.sponsorName(), d.description(), d.areaIds(), d.approver());
	}

	ProgramDetails withName(ProgramDetails d, String name) {
		return new ProgramDetails(name, d.occasion(), d.year(), d.date(), d.targets(), d.budget(), d.source(),
				d.fundId(), d.cellId(), d.sponsorName(), d.description(), d.areaIds(), d.approver());
	}

	ProgramDetails withTargets(ProgramDetails d, Set<StatusKind> targets) {
		return new ProgramDetails(d.name(), d.occasion(), d.year(), d.date(), targets, d.budget(), d.source(),
				d.fundId(), d.cellId(), d.sponsorName(), d.description(), d.areaIds(), d.approver());
	}

	ProgramDetails withBudget(ProgramDetails d, Money budget) {
		return new ProgramDetails(d.name(), d.occasion(), d.year(), d.date(), d.targets(), budget, d.source(),
				d.fundId(), d.cellId(), d.sponsorName(), d.description(), d.areaIds(), d.approver());
	}

	ProgramDetails withSource(ProgramDetails d, ProgramSource source, Long fundId, Long cellId, String sponsorName) {
		return new ProgramDetails(d.name(), d.occasion(), d.year(), d.date(), d.targets(), d.budget(), source, fundId,
				cellId, sponsorName, d.description(), d.areaIds(),
				(source == ProgramSource.FUND) ? "Nguyễn Văn Duyệt" : null);
	}

	ProgramDetails withAreas(ProgramDetails d, AreaView... areas) {
		return new ProgramDetails(d.name(), d.occasion(), d.year(), d.date(), d.targets(), d.budget(), d.source(),
				d.fundId(), d.cellId(), d.sponsorName(), d.description(), ids(areas), d.approver());
	}

	static Set<Long> ids(AreaView... areas) {
		return Set.copyOf(Arrays.stream(areas).map(AreaView::id).toList());
	}

	ProgramDetails paidFrom(ProgramDetails d, FundSummary fund) {
		return withSource(d, ProgramSource.FUND, fund.id(), null, null);
	}

	/**
	 * A program of this year created by the ward admin.
	 */
	ProgramView program(TestWard ward, ProgramDetails details) {
		return this.programs.create(ward.admin(), details);
	}

	ProgramView program(TestWard ward) {
		return program(ward, details("Quà Tết " + suffix()));
	}

	ProgramView fundProgram(TestWard ward, FundSummary fund) {
		return program(ward, paidFrom(details("Quà Tết từ quỹ " + suffix()), fund));
	}

	/**
	 * One gift package worth {@code value}, given today.
	 */
	GiftDetails gift(long value) {
		return gift(1, Money.of(value), today());
	}

	GiftDetails gift(Integer quantity, Money value, LocalDate date) {
		return new GiftDetails(GiftItem.GIFT_PACKAGE, "Gạo, dầu ăn, bánh kẹo", quantity, value, date, DELIVERED_BY,
				null);
	}

	DistributionOrder order(ProgramView program, List<HouseholdDetail> households, GiftDetails gift) {
		return new DistributionOrder(program.id(), null, null, households.stream().map(HouseholdDetail::id).toList(),
				null, gift);
	}

	int giftsOf(ProgramView program) {
		return count("select count(*) from welfare_gifts where program_id = ?", program.id());
	}

	int distributionsOf(ProgramView program) {
		return count("select count(*) from welfare_distributions where program_id = ?", program.id());
	}

	/**
	 * The fund's entries after its opening donation: the spending and its reversals.
	 */
	int entriesOf(FundSummary fund) {
		return count("select count(*) from ledger_entries where fund_id = ? and kind <> 'CONTRIBUTION'", fund.id());
	}

	int programsOf(TestWard ward) {
		return count("select count(*) from welfare_programs where ward_id = ?", ward.id());
	}

	int scansOf(TestWard ward) {
		return count("select count(*) from welfare_scans where ward_id = ?", ward.id());
	}

	int count(String sql, Object... arguments) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, arguments);
		return (count != null) ? count : 0;
	}

	/**
	 * The action is refused with this message key, and the message reads in Vietnamese.
	 */
	RuleViolationException assertRefused(Runnable action, String messageKey) {
		RuleViolationException[] caught = new RuleViolationException[1];
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(action::run).satisfies((ex) -> {
			assertThat(ex.messageKey()).isEqualTo(messageKey);
			caught[0] = ex;
		});
		String text = this.messages.getMessage(messageKey, caught[0].arguments(), null, VietnameseText.LOCALE);
		assertThat(text).as("message of %s", messageKey).isNotBlank().isNotEqualTo(messageKey);
		assertThat(text).as("message of %s", messageKey)
			.containsPattern("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]");
		return caught[0];
	}

	String message(RuleViolationException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), VietnameseText.LOCALE);
	}

	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
