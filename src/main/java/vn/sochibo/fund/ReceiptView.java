package vn.sochibo.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.sochibo.shared.Money;
import vn.sochibo.shared.VietnamTime;

/**
 * A receipt (phiếu thu) as printed: the ward and the fund as issuer, the book and the
 * number, the contributor, the reason, what was received (money, or goods at an estimated
 * value), the amount in figures and words, the collector, and the entry's lookup code and
 * public address (for the QR code).
 * <p>
 * The book ("Quyển số") is the receipt's year: numbers run from 1 per ward and year, so
 * the year is the book they belong to, and a receipt's book never changes however often
 * it is printed again.
 *
 * @param kind a contribution or a payment of a pledge (what the reason says)
 * @param contributorName who gave, as the receipt names them: their name, or the public
 * display name when none was recorded ("Nhà hảo tâm")
 * @param payerName the name under the payer's signature, or null when none was recorded
 * @param copy whether this is a reprint ("BẢN SAO"); for a preview, whether the next
 * print will be one
 * @param voidedOn the date of the reversal that cancelled the entry, or null
 * @param headHash the fund's head hash: at the moment of the print, or now for a preview
 * @param printedAt when it was printed, or now for a preview
 * @param printNo which print this is (from 1), or null for a preview
 */
public record ReceiptView(Long entryId, Long fundId, String wardName, String superiorBody, String placeName,
		String fundName, int number, int year, LocalDate date, EntryKind kind, String contributorName, String payerName,
		ContributorKind contributorKind, Money amount, String amountInWords, PaymentMethod method, String description,
		String collector, String publicCode, String publicPath, boolean copy, LocalDate voidedOn, String voidReason,
		String headHash, Instant printedAt, Integer printNo) {

	/** How many characters of the lookup code go in one group when printed. */
	private static final int CODE_GROUP = 4;

	/** "000123/2025". */
	public String numberLabel() {
		return "%06d/%d".formatted(this.number, this.year);
	}

	/** The book the receipt belongs to ("Quyển số"): its year. */
	public int book() {
		return this.year;
	}

	/** The number within the book ("Số"): "000123". */
	public String serial() {
		return "%06d".formatted(this.number);
	}

	/**
	 * Whether goods were received (in kind, labour days, land) rather than money: the
	 * amount is then an estimated value.
	 */
	public boolean goods() {
		return this.method != null && this.method.needsDescription();
	}

	/**
	 * The fund's name as it reads after "Đóng góp …" in the reason: its first letter in
	 * lower case, unless the first word is an abbreviation ("MTTQ …") or a single letter.
	 */
	public String reasonSubject() {
		String name = this.fundName.strip();
		if (name.length() < 2 || !Character.isUpperCase(name.charAt(0)) || !Character.isLowerCase(name.charAt(1))) {
			return name;
		}
		return name.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + name.substring(1);
	}

	/** The lookup code as printed: in capitals, in groups of four ("7K3M 9QXZ …"). */
	public String lookupCode() {
		return String.join(" ", codeGroups());
	}

	/**
	 * The lookup code in lines of two groups, for the large type beside the QR code.
	 */
	public List<String> lookupCodeLines() {
		List<String> groups = codeGroups();
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < groups.size(); i += 2) {
			lines.add(String.join(" ", groups.subList(i, Math.min(i + 2, groups.size()))));
		}
		return lines;
	}

	private List<String> codeGroups() {
		String code = this.publicCode.toUpperCase(Locale.ROOT);
		List<String> groups = new ArrayList<>();
		for (int i = 0; i < code.length(); i += CODE_GROUP) {
			groups.add(code.substring(i, Math.min(i + CODE_GROUP, code.length())));
		}
		return groups;
	}

	public LocalDateTime printedAtLocal() {
		return LocalDateTime.ofInstant(this.printedAt, VietnamTime.ZONE);
	}

	public boolean voided() {
		return this.voidedOn != null;
	}

}
