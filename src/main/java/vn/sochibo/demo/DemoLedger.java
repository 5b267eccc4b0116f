package vn.sochibo.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.ward.AreaView;

/**
 * The ledger of seed story 1 (Khu vực 11, 2025), posted through the ledger service so
 * every rule, receipt number and hash applies: the socialised fund for security cameras
 * and flags, and the ward's "Vì người nghèo" drive, with expenditures and a correction.
 */
@Component
@Profile("demo")
class DemoLedger {

	static final String POOR_FUND_NAME = "Quỹ \"Vì người nghèo\" năm 2025 — Khu vực 11";

	private static final DisplayChoice[] CHOICES = { DisplayChoice.ANONYMOUS, DisplayChoice.HOUSEHOLD_LABEL,
			DisplayChoice.FULL_NAME, DisplayChoice.INITIALS, DisplayChoice.ANONYMOUS };

	private final Funds funds;

	private final Ledger ledger;

	private final Random random = new Random(49_57);

	DemoLedger(Funds funds, Ledger ledger) {
		this.funds = funds;
		this.ledger = ledger;
	}

	void seed(CurrentUser officer, CurrentUser secretary, AreaView kv11, List<HouseholdDetail> households) {
		FundSummary cameras = this.funds.create(secretary, FundKind.CAMPAIGN,
				new FundDetails("Camera an ninh và cờ Tổ quốc Khu vực 11",
						"Xã hội hóa lắp 8 camera an ninh ở các hẻm và thay cờ Tổ quốc cho các hộ dịp 2/9.",
						Money.of(45_000_000), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31), Set.of(kv11.id())));
		LocalDate day = LocalDate.of(2025, 6, 5);
		for (HouseholdDetail household : households.subList(0, 30)) {
			long amount = (2 + this.random.nextInt(4)) * 250_000L;
			contribute(officer, cameras.id(), day, household, amount);
			day = day.plusDays(1 + this.random.nextInt(2));
		}
		this.ledger.contribute(officer,
				new Contribution(cameras.id(), LocalDate.of(2025, 7, 20), PaymentMethod.BANK_TRANSFER,
						Money.of(10_000_000), kv11.id(), null, ContributorKind.BUSINESS,
						"Công ty TNHH Thương mại Hưng Phát", DisplayChoice.FULL_NAME, null, null));
		LedgerEntry mistake = this.ledger.contribute(officer,
				new Contribution(cameras.id(), LocalDate.of(2025, 7, 22), PaymentMethod.CASH, Money.of(5_000_000),
						kv11.id(), null, ContributorKind.PERSON, "Lý Văn Tài", DisplayChoice.FULL_NAME, null, null));
		this.ledger.reverse(secretary, mistake.id(), "Ghi nhầm số tiền: 500.000 đ, không phải 5.000.000 đ");
		this.ledger.contribute(officer,
				new Contribution(cameras.id(), LocalDate.of(2025, 7, 22), PaymentMethod.CASH, Money.of(500_000),
						kv11.id(), null, ContributorKind.PERSON, "Lý Văn Tài", DisplayChoice.FULL_NAME, null, null));
		this.ledger.spend(secretary,
				Expenditure.commonWork(cameras.id(), LocalDate.of(2025, 8, 10), Money.of(32_500_000),
						"Công ty TNHH Kỹ thuật An Phát", "Mua và lắp đặt 8 camera an ninh, đầu ghi và dây dẫn",
						"HĐ 0815/2025", "Trần Văn Hùng", kv11.id()));
		this.ledger.spend(secretary,
				Expenditure.commonWork(cameras.id(), LocalDate.of(2025, 8, 28), Money.of(3_600_000), "Cửa hàng Cờ Việt",
						"120 lá cờ Tổ quốc và cán cờ", "PC 02/2025", "Trần Văn Hùng", kv11.id()));

		FundSummary poor = this.funds.create(secretary, FundKind.CAMPAIGN, new FundDetails(POOR_FUND_NAME,
				"Vận động ủng hộ Quỹ \"Vì người nghèo\" để hỗ trợ các hộ nghèo, cận nghèo và hộ có hoàn cảnh khó khăn.",
				null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Set.of(kv11.id())));
		day = LocalDate.of(2025, 10, 1);
		for (HouseholdDetail household : households.subList(30, 70)) {
			contribute(officer, poor.id(), day, household, (1 + this.random.nextInt(5)) * 100_000L);
			day = day.plusDays(this.random.nextInt(2));
		}
		this.ledger.spend(secretary,
				Expenditure.householdSupport(poor.id(), LocalDate.of(2025, 10, 25), Money.of(3_000_000),
						"Ban công tác Mặt trận Khu vực 11", "Hỗ trợ sửa nhà cho 01 hộ có hoàn cảnh khó khăn",
						"PC 05/2025", "Trần Văn Hùng", kv11.id()));
	}

	private void contribute(CurrentUser officer, Long fundId, LocalDate day, HouseholdDetail household, long amount) {
		DisplayChoice display = CHOICES[this.random.nextInt(CHOICES.length)];
		this.ledger.contribute(officer, new Contribution(fundId, day, PaymentMethod.CASH, Money.of(amount), null,
				household.id(), null, null, display, this.random.nextBoolean() ? "ông" : "bà", null));
	}

}
