package vn.sochibo.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.HouseholdSummary;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.WardView;
import vn.sochibo.welfare.LoanOutcome;
import vn.sochibo.welfare.LoanPurpose;
import vn.sochibo.welfare.LoanReferralDetails;
import vn.sochibo.welfare.LoanReferralOutcome;
import vn.sochibo.welfare.LoanReferralView;
import vn.sochibo.welfare.LoanReferrals;

/**
 * Seed story 1's loan referrals: in 2025 the officer of Khu vực 11 introduced residents
 * to the Social Policy Bank — 42 referrals, of which 38 were lent 3.050.000.000 đ in all,
 * one was refused and three are still with the bank. Recorded through the service as the
 * officer would; skipped when the ward is missing or its referrals are already there.
 */
@Component
@Profile("demo")
@Order(25)
class DemoLoans implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoLoans.class);

	private static final int YEAR = 2025;

	private final DemoWards demoWards;

	private final Areas areas;

	private final Households households;

	private final LoanReferrals loans;

	DemoLoans(DemoWards demoWards, Areas areas, Households households, LoanReferrals loans) {
		this.demoWards = demoWards;
		this.areas = areas;
		this.households = households;
		this.loans = loans;
	}

	@Override
	public void run(ApplicationArguments args) {
		WardView ward = this.demoWards.named(DemoData.WARD_NAME).orElse(null);
		if (ward == null) {
			return;
		}
		CurrentUser admin = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);
		if (this.loans.years(admin).contains(YEAR)) {
			logger.info("Demo loan referrals already present");
			return;
		}
		CurrentUser officer = this.demoWards.user(admin, "canbo");
		AreaView area = this.areas.list(admin)
			.stream()
			.filter((candidate) -> "KV11".equals(candidate.code()))
			.findFirst()
			.orElseThrow();
		List<HouseholdSummary> withStatus = this.households
			.list(officer, new HouseholdQuery(null, area.id(), null, YEAR), PageRequest.of(0, 500))
			.getContent()
			.stream()
			.sorted(Comparator.comparing(HouseholdSummary::code))
			.toList();
		List<HouseholdSummary> all = this.households
			.list(officer, new HouseholdQuery(null, area.id(), null, null), PageRequest.of(0, 500))
			.getContent()
			.stream()
			.sorted(Comparator.comparing(HouseholdSummary::code))
			.filter((household) -> withStatus.stream().noneMatch((other) -> other.id().equals(household.id())))
			.toList();
		Money lent = Money.ZERO;
		int count = 0;
		for (int i = 0; i < 42; i++) {
			HouseholdSummary household = (i < withStatus.size()) ? withStatus.get(i) : all.get(i - withStatus.size());
			LoanPurpose purpose = purpose(household, i);
			long asked = (i < 30) ? 80_000_000L : (i < 35) ? 100_000_000L : 50_000_000L;
			LocalDate referred = LocalDate.of(YEAR, 1 + (i % 10), 5 + (i % 20));
			LoanReferralView referral = this.loans.create(officer, new LoanReferralDetails(household.id(), purpose,
					(purpose == LoanPurpose.OTHER) ? "Sửa chữa ghe đánh bắt" : null, Money.of(asked), referred, null));
			if (i < 38) {
				this.loans.recordOutcome(officer, referral.id(),
						new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(asked), referred.plusDays(20)),
						referral.version());
				lent = lent.plus(Money.of(asked));
			}
			else if (i == 38) {
				this.loans.recordOutcome(officer, referral.id(),
						new LoanReferralOutcome(LoanOutcome.REFUSED, null, referred.plusDays(15)), referral.version());
			}
			count++;
		}
		logger.info("Demo loan referrals: {} in {}, {} lent", count, YEAR, lent);
	}

	/**
	 * The bank's programme that fits the household: poor and near-poor households borrow
	 * as such; others for jobs, clean water, a student or housing.
	 */
	private static LoanPurpose purpose(HouseholdSummary household, int index) {
		if (household.statuses().contains(StatusKind.POOR)) {
			return LoanPurpose.POOR_HOUSEHOLD;
		}
		if (household.statuses().contains(StatusKind.NEAR_POOR)) {
			return LoanPurpose.NEAR_POOR_HOUSEHOLD;
		}
		return switch (index % 5) {
			case 0 -> LoanPurpose.JOB_CREATION;
			case 1 -> LoanPurpose.CLEAN_WATER_SANITATION;
			case 2 -> LoanPurpose.STUDENT;
			case 3 -> LoanPurpose.HOUSING;
			default -> LoanPurpose.OTHER;
		};
	}

}
