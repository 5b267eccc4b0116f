package vn.sochibo.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.audit.AuditEntryView;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdNotFoundException;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The loan referral service against PostgreSQL: what a referral records, the bank's
 * decision, the rules of amounts and dates, the list's filters and totals, scope, the
 * version check and the database's own checks.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoanReferralsTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	LoanReferrals loans;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	HouseholdDetail inA;

	HouseholdDetail inB;

	LocalDate today;

	@BeforeAll
	void newWard() {
		this.ward = this.wards.newWard();
		this.inA = this.wards.household(this.ward, this.ward.areaA(), "Nguyễn Văn Nghèo");
		this.inB = this.wards.household(this.ward, this.ward.areaB(), "Trần Thị Bích");
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void aReferralIsRecordedPendingInTheHouseholdsAreaWithItsHistory() {
		LoanReferralView created = this.loans.create(this.ward.officer(), new LoanReferralDetails(this.inA.id(),
				LoanPurpose.POOR_HOUSEHOLD, "  nuôi heo  ", Money.of(50_000_000), this.today, null));

		LoanReferralView read = this.loans.get(this.ward.inspector(), created.id());
		assertThat(read).isEqualTo(created);
		assertThat(read.householdId()).isEqualTo(this.inA.id());
		assertThat(read.householdCode()).isEqualTo(this.inA.code());
		assertThat(read.headName()).isEqualTo("Nguyễn Văn Nghèo");
		assertThat(read.areaLabel()).isEqualTo(this.ward.areaA().label());
		assertThat(read.purposeNote()).isEqualTo("nuôi heo");
		assertThat(read.amountRequested()).isEqualTo(Money.of(50_000_000));
		assertThat(read.outcome()).isEqualTo(LoanOutcome.PENDING);
		assertThat(read.amountApproved()).isNull();
		assertThat(read.outcomeDate()).isNull();
		assertThat(read.recordedBy()).isEqualTo(this.ward.officer().username());
		assertThat(areaIdOf(created.id())).isEqualTo(this.ward.areaA().id());

		List<AuditEntryView> history = this.audit.history(LoanReferrals.ENTITY, created.id());
		assertThat(history).extracting(AuditEntryView::action).containsOnly("CREATE");
		assertThat(history).extracting(AuditEntryView::field, AuditEntryView::newValue)
			.contains(tuple("loan.household", this.inA.code() + " – Nguyễn Văn Nghèo"),
					tuple("loan.purpose", "Hộ nghèo (sản xuất, kinh doanh)"),
					tuple("loan.amountRequested", "50.000.000 đ"), tuple("loan.outcome", "Chờ kết quả"));
	}

	@Test
	void theBanksDecisionIsRecordedAndCorrectedWithItsHistory() {
		LoanReferralView referral = create(this.inA, 40_000_000, this.today.minusDays(20));

		LoanReferralView approved = this.loans.recordOutcome(this.ward.secretary(), referral.id(),
				new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(45_000_000), this.today.minusDays(3)),
				referral.version());
		assertThat(approved.outcome()).isEqualTo(LoanOutcome.APPROVED);
		// The bank decides: more than asked is allowed.
		assertThat(approved.amountApproved()).isEqualTo(Money.of(45_000_000));
		assertThat(approved.outcomeDate()).isEqualTo(this.today.minusDays(3));
		assertThat(approved.version()).isEqualTo(referral.version() + 1);

		LoanReferralView refused = this.loans.recordOutcome(this.ward.admin(), referral.id(),
				new LoanReferralOutcome(LoanOutcome.REFUSED, null, this.today), approved.version());
		assertThat(refused.amountApproved()).isNull();
		assertThat(refused.outcome()).isEqualTo(LoanOutcome.REFUSED);

		List<AuditEntryView> updates = this.audit.history(LoanReferrals.ENTITY, referral.id())
			.stream()
			.filter((entry) -> entry.action().equals("UPDATE"))
			.toList();
		assertThat(updates).extracting(AuditEntryView::field, AuditEntryView::oldValue, AuditEntryView::newValue)
			.contains(tuple("loan.outcome", "Chờ kết quả", "Được vay"),
					tuple("loan.amountApproved", null, "45.000.000 đ"),
					tuple("loan.outcome", "Được vay", "Không được vay"),
					tuple("loan.amountApproved", "45.000.000 đ", null));
	}

	static Stream<Arguments> badReferrals() {
		LocalDate today = LocalDate.now();
		return Stream.of(
				Arguments.of("zero", change((d) -> amount(d, Money.ZERO)), "amountRequested", "loan.amount.positive"),
				Arguments.of("negative", change((d) -> amount(d, Money.of(-1))), "amountRequested",
						"loan.amount.positive"),
				Arguments.of("absurd", change((d) -> amount(d, Money.of(10_000_000_001L))), "amountRequested",
						"loan.amount.tooLarge"),
				Arguments.of("no amount", change((d) -> amount(d, null)), "amountRequested", "loan.amount.required"),
				Arguments.of("tomorrow", change((d) -> date(d, today.plusDays(2))), "referralDate", "loan.date.future"),
				Arguments.of("1999", change((d) -> date(d, LocalDate.of(1999, 12, 31))), "referralDate", "date.tooOld"),
				Arguments.of("no date", change((d) -> date(d, null)), "referralDate", "loan.date.required"),
				Arguments.of("no purpose", change((d) -> purpose(d, null, null)), "purpose", "loan.purpose.required"),
				Arguments.of("other without note", change((d) -> purpose(d, LoanPurpose.OTHER, "   ")), "purposeNote",
						"loan.purposeNote.required"),
				Arguments.of(
						"long note", change((d) -> new LoanReferralDetails(d.householdId(), d.purpose(),
								d.purposeNote(), d.amountRequested(), d.referralDate(), "x".repeat(1001))),
						"note", "loan.note.size"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badReferrals")
	void aBadReferralIsRefusedWithItsFieldAndNothingIsWritten(String name,
			Function<LoanReferralDetails, LoanReferralDetails> change, String field, String key) {
		int before = count();
		LoanReferralDetails details = change.apply(new LoanReferralDetails(this.inA.id(), LoanPurpose.STUDENT, null,
				Money.of(30_000_000), this.today, null));

		assertRefused(() -> this.loans.create(this.ward.officer(), details), field, key);
		assertThat(count()).isEqualTo(before);
	}

	static Stream<Arguments> badOutcomes() {
		LocalDate today = LocalDate.now();
		return Stream.of(
				Arguments.of(new LoanReferralOutcome(LoanOutcome.REFUSED, Money.of(1_000_000), today), "amountApproved",
						"loan.amountApproved.notApproved"),
				Arguments.of(new LoanReferralOutcome(LoanOutcome.APPROVED, null, today), "amountApproved",
						"loan.amountApproved.required"),
				Arguments.of(new LoanReferralOutcome(LoanOutcome.APPROVED, Money.ZERO, today), "amountApproved",
						"loan.amount.positive"),
				Arguments.of(new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(10_000_000_001L), today),
						"amountApproved", "loan.amount.tooLarge"),
				Arguments.of(new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(1_000_000), today.minusDays(11)),
						"outcomeDate", "loan.outcomeDate.beforeReferral"),
				Arguments.of(new LoanReferralOutcome(LoanOutcome.WITHDRAWN, null, today.plusDays(2)), "outcomeDate",
						"loan.date.future"),
				Arguments.of(new LoanReferralOutcome(LoanOutcome.REFUSED, null, null), "outcomeDate",
						"loan.outcomeDate.required"),
				Arguments.of(new LoanReferralOutcome(LoanOutcome.PENDING, null, today), "outcomeDate",
						"loan.outcomeDate.pending"),
				Arguments.of(new LoanReferralOutcome(null, null, today), "outcome", "loan.outcome.required"));
	}

	@ParameterizedTest(name = "{1}: {2}")
	@MethodSource("badOutcomes")
	void aBadOutcomeIsRefusedWithItsFieldAndNothingChanges(LoanReferralOutcome outcome, String field, String key) {
		LoanReferralView referral = create(this.inA, 20_000_000, this.today.minusDays(10));

		assertRefused(() -> this.loans.recordOutcome(this.ward.officer(), referral.id(), outcome, referral.version()),
				field, key);
		assertThat(this.loans.get(this.ward.admin(), referral.id())).isEqualTo(referral);
	}

	@Test
	void theListFiltersByYearAreaOutcomeAndAccentInsensitiveNameAndTotalsTheFilter() {
		TestWard own = this.wards.newWard();
		HouseholdDetail a1 = this.wards.household(own, own.areaA(), "Nguyễn Văn Đồ");
		HouseholdDetail a2 = this.wards.household(own, own.areaA(), "Lê Thị Hoa");
		HouseholdDetail b1 = this.wards.household(own, own.areaB(), "Phạm Văn Đức");
		LocalDate lastYear = this.today.minusYears(1).withMonth(6).withDayOfMonth(1);
		LoanReferralView r1 = createIn(own, a1, 50_000_000, lastYear);
		LoanReferralView r2 = createIn(own, a2, 30_000_000, this.today);
		LoanReferralView r3 = createIn(own, b1, 100_000_000, this.today);
		this.loans.recordOutcome(own.admin(), r1.id(),
				new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(40_000_000), lastYear.plusDays(10)),
				r1.version());
		this.loans.recordOutcome(own.admin(), r3.id(),
				new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(100_000_000), this.today), r3.version());

		LoanReferralList all = list(own, new LoanReferralQuery(null, null, null, null));
		assertThat(all.page().getContent()).extracting(LoanReferralSummary::id)
			.containsExactly(r3.id(), r2.id(), r1.id());
		assertThat(all.totals()).isEqualTo(new LoanReferralTotals(3, Money.of(180_000_000), Money.of(140_000_000), 2));

		LoanReferralList thisYear = list(own, new LoanReferralQuery(this.today.getYear(), null, null, null));
		assertThat(thisYear.page().getContent()).extracting(LoanReferralSummary::id)
			.containsExactlyInAnyOrder(r2.id(), r3.id());
		assertThat(thisYear.totals())
			.isEqualTo(new LoanReferralTotals(2, Money.of(130_000_000), Money.of(100_000_000), 1));

		LoanReferralList areaA = list(own, new LoanReferralQuery(null, own.areaA().id(), null, null));
		assertThat(areaA.page().getContent()).extracting(LoanReferralSummary::id)
			.containsExactlyInAnyOrder(r1.id(), r2.id());

		LoanReferralList pending = list(own, new LoanReferralQuery(null, null, LoanOutcome.PENDING, null));
		assertThat(pending.page().getContent()).extracting(LoanReferralSummary::id).containsExactly(r2.id());
		assertThat(pending.totals().approved()).isEqualTo(Money.ZERO);

		LoanReferralList byName = list(own, new LoanReferralQuery(null, null, null, "nguyen van do"));
		assertThat(byName.page().getContent()).extracting(LoanReferralSummary::id).containsExactly(r1.id());
		LoanReferralList byCode = list(own, new LoanReferralQuery(null, null, null, b1.code().toLowerCase()));
		assertThat(byCode.page().getContent()).extracting(LoanReferralSummary::id).containsExactly(r3.id());

		// The officer of area A sees area A only, totals included.
		LoanReferralList officer = this.loans.list(own.officer(), new LoanReferralQuery(null, null, null, null),
				PageRequest.of(0, 25));
		assertThat(officer.totals())
			.isEqualTo(new LoanReferralTotals(2, Money.of(80_000_000), Money.of(40_000_000), 1));

		assertThat(list(own, new LoanReferralQuery(1999, null, null, null)).totals().count()).isZero();
		assertThat(list(own, new LoanReferralQuery(Integer.MAX_VALUE, null, null, null)).totals().count()).isZero();
		assertThat(this.loans.years(own.admin())).containsExactly(this.today.getYear(), lastYear.getYear());
	}

	@Test
	void aPageHoldsTwentyFiveAndTheTotalsCountThemAll() {
		TestWard own = this.wards.newWard();
		HouseholdDetail household = this.wards.household(own, own.areaA(), "Võ Văn Nhiều");
		for (int i = 0; i < 27; i++) {
			createIn(own, household, 1_000_000, this.today.minusDays(i));
		}
		LoanReferralList second = this.loans.list(own.admin(), new LoanReferralQuery(null, null, null, null),
				PageRequest.of(1, 25));
		assertThat(second.page().getContent()).hasSize(2);
		assertThat(second.page().getTotalElements()).isEqualTo(27);
		assertThat(second.totals().requested()).isEqualTo(Money.of(27_000_000));
	}

	@Test
	void aHouseholdsReferralsComeNewestFirstWithinScope() {
		HouseholdDetail household = this.wards.household(this.ward, this.ward.areaA(), "Đặng Văn Lịch");
		LoanReferralView older = create(household, 10_000_000, this.today.minusDays(30));
		LoanReferralView newer = create(household, 20_000_000, this.today.minusDays(2));

		assertThat(this.loans.ofHousehold(this.ward.inspector(), household.id())).extracting(LoanReferralView::id)
			.containsExactly(newer.id(), older.id());
		assertThat(this.loans.ofHousehold(this.ward.officerB(), this.inB.id())).isEmpty();
		assertThatExceptionOfType(HouseholdNotFoundException.class)
			.isThrownBy(() -> this.loans.ofHousehold(this.ward.officerB(), household.id()));
		TestWard other = this.wards.newWard();
		assertThatExceptionOfType(HouseholdNotFoundException.class)
			.isThrownBy(() -> this.loans.ofHousehold(other.admin(), household.id()));
	}

	@Test
	void aReferralOutsideTheUsersScopeIsNotFoundAndAnInspectorNeverWrites() {
		LoanReferralView referral = create(this.inA, 10_000_000, this.today);
		TestWard other = this.wards.newWard();
		int before = count();

		assertThatExceptionOfType(LoanReferralNotFoundException.class)
			.isThrownBy(() -> this.loans.get(this.ward.officerB(), referral.id()));
		assertThatExceptionOfType(LoanReferralNotFoundException.class)
			.isThrownBy(() -> this.loans.get(other.admin(), referral.id()));
		assertThatExceptionOfType(LoanReferralNotFoundException.class)
			.isThrownBy(() -> this.loans.recordOutcome(this.ward.officerB(), referral.id(),
					new LoanReferralOutcome(LoanOutcome.REFUSED, null, this.today), referral.version()));
		assertThatExceptionOfType(HouseholdNotFoundException.class)
			.isThrownBy(() -> this.loans.create(this.ward.officerB(), new LoanReferralDetails(this.inA.id(),
					LoanPurpose.HOUSING, null, Money.of(1_000_000), this.today, null)));
		assertThatExceptionOfType(HouseholdNotFoundException.class)
			.isThrownBy(() -> this.loans.create(other.admin(), new LoanReferralDetails(this.inA.id(),
					LoanPurpose.HOUSING, null, Money.of(1_000_000), this.today, null)));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.loans.create(this.ward.inspector(), new LoanReferralDetails(this.inA.id(),
					LoanPurpose.HOUSING, null, Money.of(1_000_000), this.today, null)));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.loans.recordOutcome(this.ward.inspector(), referral.id(),
					new LoanReferralOutcome(LoanOutcome.REFUSED, null, this.today), referral.version()));

		assertThat(count()).isEqualTo(before);
		assertThat(this.loans.get(this.ward.admin(), referral.id())).isEqualTo(referral);
		assertThat(this.loans.get(this.ward.secretary(), referral.id())).isEqualTo(referral);
	}

	@Test
	void aStaleOutcomeIsRefusedAndChangesNothing() {
		LoanReferralView referral = create(this.inA, 10_000_000, this.today);
		LoanReferralView current = this.loans.recordOutcome(this.ward.admin(), referral.id(),
				new LoanReferralOutcome(LoanOutcome.WITHDRAWN, null, this.today), referral.version());

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.loans.recordOutcome(this.ward.officer(), referral.id(),
					new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(5_000_000), this.today),
					referral.version()));
		assertThat(this.loans.get(this.ward.admin(), referral.id())).isEqualTo(current);
	}

	static Stream<Arguments> refusedByTheDatabase() {
		return Stream.of(Arguments.of("amount_approved = 1000000", "PENDING outcome with an approved amount"),
				Arguments.of("outcome = 'APPROVED', outcome_date = referral_date", "approval without an amount"),
				Arguments.of("outcome = 'REFUSED'", "decision without a date"),
				Arguments.of("outcome = 'REFUSED', outcome_date = referral_date - 1", "decision before the referral"),
				Arguments.of("amount_requested = 0", "nothing asked"),
				Arguments.of("amount_requested = 10000000001", "absurd amount"),
				Arguments.of("referral_date = date '1999-12-31'", "before 2000"),
				Arguments.of("referral_date = current_date + 5", "dated after it was recorded"),
				Arguments.of("purpose = 'OTHER', purpose_note = null", "other programme without a note"),
				Arguments.of("purpose = 'GAMBLING'", "unknown programme"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("refusedByTheDatabase")
	void theDatabaseRefusesWhatTheRulesForbid(String change, String what) {
		LoanReferralView referral = create(this.inA, 10_000_000, this.today.minusDays(1));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update loan_referrals set " + change + " where id = ?", referral.id()));
		assertThat(this.loans.get(this.ward.admin(), referral.id())).isEqualTo(referral);
	}

	@Test
	void theDatabaseRefusesAReferralOfAnotherWardsHousehold() {
		TestWard other = this.wards.newWard();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into loan_referrals (ward_id, household_id, area_id, purpose, amount_requested, referral_date,
				                            recorded_by, recorded_at)
				values (?, ?, ?, 'STUDENT', 1000000, current_date, 'test', now())""", other.id(), this.inA.id(),
				other.areaA().id()));
	}

	private LoanReferralList list(TestWard own, LoanReferralQuery query) {
		return this.loans.list(own.admin(), query, PageRequest.of(0, 25));
	}

	private LoanReferralView create(HouseholdDetail household, long amount, LocalDate date) {
		return createIn(this.ward, household, amount, date);
	}

	private LoanReferralView createIn(TestWard own, HouseholdDetail household, long amount, LocalDate date) {
		return this.loans.create(own.admin(), new LoanReferralDetails(household.id(), LoanPurpose.POOR_HOUSEHOLD, null,
				Money.of(amount), date, null));
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from loan_referrals where ward_id = ?", Integer.class,
				this.ward.id());
	}

	private Long areaIdOf(Long id) {
		return this.jdbc.queryForObject("select area_id from loan_referrals where id = ?", Long.class, id);
	}

	private static void assertRefused(ThrowingCallable call, String field, String key) {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

	/** Types a lambda for {@link Arguments#of}. */
	private static Function<LoanReferralDetails, LoanReferralDetails> change(
			Function<LoanReferralDetails, LoanReferralDetails> change) {
		return change;
	}

	private static LoanReferralDetails amount(LoanReferralDetails d, Money amount) {
		return new LoanReferralDetails(d.householdId(), d.purpose(), d.purposeNote(), amount, d.referralDate(),
				d.note());
	}

	private static LoanReferralDetails date(LoanReferralDetails d, LocalDate date) {
		return new LoanReferralDetails(d.householdId(), d.purpose(), d.purposeNote(), d.amountRequested(), date,
				d.note());
	}

	private static LoanReferralDetails purpose(LoanReferralDetails d, LoanPurpose purpose, String note) {
		return new LoanReferralDetails(d.householdId(), purpose, note, d.amountRequested(), d.referralDate(), d.note());
	}

}
