package vn.sochibo.fund;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.sochibo.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The named factories build exactly the entries the ledger used to build with the
 * 30-argument constructor, field for field — so every hash stays what it was.
 */
class LedgerEntryFactoryTests {

	static final Instant AT = Instant.parse("2025-12-05T03:04:05.123456Z");

	static final String PREV = "ab".repeat(32);

	static final LedgerEntry.Posting POSTING = new LedgerEntry.Posting(7L, 11L, 42, PREV, "code0123456789abcdef",
			"canbo", AT);

	static final LocalDate DATE = LocalDate.of(2025, 12, 5);

	static final LedgerEntry.Giver GIVER = new LedgerEntry.Giver(99L, ContributorKind.HOUSEHOLD, "Nguyễn Trường Đồ",
			DisplayChoice.HOUSEHOLD_LABEL, "Hộ ông Đồ, hẻm 49-57");

	@Test
	void aContributionIsTheEntryTheLedgerAlwaysPosted() {
		Contribution c = new Contribution(11L, DATE, PaymentMethod.IN_KIND, Money.of(5_000_000), 3L, 99L, null, null,
				DisplayChoice.HOUSEHOLD_LABEL, "ông", "10 bao xi măng");

		LedgerEntry built = LedgerEntry.contribution(POSTING, c, 3L, GIVER, 5L,
				new LedgerEntry.ReceiptNumber(2025, 123));

		LedgerEntry positional = new LedgerEntry(null, 7L, 11L, 42, EntryKind.CONTRIBUTION, PaymentMethod.IN_KIND,
				Money.of(5_000_000), DATE, 3L, 99L, ContributorKind.HOUSEHOLD, "Nguyễn Trường Đồ",
				DisplayChoice.HOUSEHOLD_LABEL, "Hộ ông Đồ, hẻm 49-57", "10 bao xi măng", null, null, null, null, null,
				null, null, 5L, "code0123456789abcdef", 2025, 123, "canbo", AT, PREV, null);
		assertSame(built, positional);
	}

	@Test
	void aPledgeHasNoMethodNoBatchAndNoReceipt() {
		Contribution c = new Contribution(11L, DATE, PaymentMethod.CASH, Money.of(10_000_000), 3L, null,
				ContributorKind.BUSINESS, "Công ty Thuận Phát", DisplayChoice.FULL_NAME, null, "Hứa nộp trong tháng");
		LedgerEntry.Giver giver = new LedgerEntry.Giver(null, ContributorKind.BUSINESS, "Công ty Thuận Phát",
				DisplayChoice.FULL_NAME, "Công ty Thuận Phát");

		LedgerEntry built = LedgerEntry.pledge(POSTING, c, 3L, giver);

		LedgerEntry positional = new LedgerEntry(null, 7L, 11L, 42, EntryKind.PLEDGE, null, Money.of(10_000_000), DATE,
				3L, null, ContributorKind.BUSINESS, "Công ty Thuận Phát", DisplayChoice.FULL_NAME, "Công ty Thuận Phát",
				"Hứa nộp trong tháng", null, null, null, null, null, null, null, null, "code0123456789abcdef", null,
				null, "canbo", AT, PREV, null);
		assertSame(built, positional);
	}

	@Test
	void aPaymentTakesThePledgesAreaAndGiver() {
		LedgerEntry pledge = new LedgerEntry(501L, 7L, 11L, 3, EntryKind.PLEDGE, null, Money.of(10_000_000), DATE, 3L,
				null, ContributorKind.BUSINESS, "Công ty Thuận Phát", DisplayChoice.INITIALS, "C.T.T.P.", null, null,
				null, null, null, null, null, null, null, "pledgecode", null, null, "bithu", AT, PREV, "ff");
		PledgePayment payment = new PledgePayment(501L, DATE, PaymentMethod.BANK_TRANSFER, Money.of(4_000_000),
				"UNC 0042");

		LedgerEntry built = LedgerEntry.payment(POSTING, pledge, payment, new LedgerEntry.ReceiptNumber(2025, 124));

		LedgerEntry positional = new LedgerEntry(null, 7L, 11L, 42, EntryKind.PLEDGE_PAYMENT,
				PaymentMethod.BANK_TRANSFER, Money.of(4_000_000), DATE, 3L, null, ContributorKind.BUSINESS,
				"Công ty Thuận Phát", DisplayChoice.INITIALS, "C.T.T.P.", "UNC 0042", null, null, null, null, 501L,
				null, null, null, "code0123456789abcdef", 2025, 124, "canbo", AT, PREV, null);
		assertSame(built, positional);
	}

	@Test
	void supportToAHouseholdHidesItsPayeeAndAreaBehindOnePublicName() {
		Expenditure expenditure = new Expenditure(11L, DATE, Money.of(2_000_000), "Hộ nhận quà", "Quà Tết", "PC-7",
				"Trần Văn Hùng", 3L, true);

		LedgerEntry built = LedgerEntry.expenditure(POSTING, expenditure, 3L);

		LedgerEntry positional = new LedgerEntry(null, 7L, 11L, 42, EntryKind.EXPENDITURE, null, Money.of(2_000_000),
				DATE, 3L, null, null, null, DisplayChoice.ANONYMOUS, "Hỗ trợ hộ gia đình", null, "Hộ nhận quà",
				"Quà Tết", "PC-7", "Trần Văn Hùng", null, null, null, null, "code0123456789abcdef", null, null, "canbo",
				AT, PREV, null);
		assertSame(built, positional);
		assertThat(LedgerEntry
			.expenditure(POSTING, Expenditure.commonWork(11L, DATE, Money.of(1), "A", "B", null, null, null), null)
			.displayChoice()).isNull();
	}

	@Test
	void aReversalCopiesTheOriginalsAmountAreaAndGiverAndLinksToIt() {
		LedgerEntry original = new LedgerEntry(600L, 7L, 11L, 9, EntryKind.CONTRIBUTION, PaymentMethod.CASH,
				Money.of(2_000_000), LocalDate.of(2025, 3, 1), 3L, 99L, ContributorKind.HOUSEHOLD, "Nguyễn Trường Đồ",
				DisplayChoice.FULL_NAME, "Nguyễn Trường Đồ", "ghi chú", null, null, null, null, null, null, null, 4L,
				"origcode", 2025, 17, "canbo", AT, PREV, "ee");

		LedgerEntry built = LedgerEntry.reversal(POSTING, original, DATE, "Ghi nhầm số tiền");

		LedgerEntry positional = new LedgerEntry(null, 7L, 11L, 42, EntryKind.REVERSAL, null, Money.of(2_000_000), DATE,
				3L, 99L, ContributorKind.HOUSEHOLD, "Nguyễn Trường Đồ", DisplayChoice.FULL_NAME, "Nguyễn Trường Đồ",
				null, null, null, null, null, null, 600L, "Ghi nhầm số tiền", null, "code0123456789abcdef", null, null,
				"canbo", AT, PREV, null);
		assertSame(built, positional);
	}

	private static void assertSame(LedgerEntry built, LedgerEntry positional) {
		assertThat(built).isEqualTo(positional);
		assertThat(built.sealed().hash()).isEqualTo(positional.sealed().hash()).hasSize(64);
	}

}
