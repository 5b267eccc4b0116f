package vn.sochibo.welfare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.Money;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * A gift or support given to a household (or a named member of it) under a program. What
 * was given is never edited: a mistake is cancelled with a reason (and, when the program
 * is paid from a fund, its expenditure reversed) and recorded again. Only the receipt
 * status moves: pending, then signed.
 */
@Entity
@Table(name = "welfare_gifts")
class Gift {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long programId;

	private Long distributionId;

	private Long householdId;

	private Long areaId;

	private String memberName;

	@Enumerated(EnumType.STRING)
	private GiftItem item;

	private String itemNote;

	private Integer quantity;

	private BigDecimal value;

	private LocalDate giftDate;

	private String deliveredBy;

	@Enumerated(EnumType.STRING)
	private ReceiptStatus receiptStatus = ReceiptStatus.PENDING;

	private LocalDate signedOn;

	private Long scanId;

	private Long ledgerEntryId;

	private Instant cancelledAt;

	private String cancelledBy;

	private String cancelReason;

	private Long cancelEntryId;

	private String recordedBy;

	private Instant recordedAt;

	@Version
	private Integer version;

	protected Gift() {
	}

	Gift(Long wardId, Long programId, Long distributionId, Long householdId, Long areaId, GiftDetails details,
			String recordedBy, Instant recordedAt) {
		this.wardId = wardId;
		this.programId = programId;
		this.distributionId = distributionId;
		this.householdId = householdId;
		this.areaId = areaId;
		this.memberName = details.memberName();
		this.item = details.item();
		this.itemNote = details.itemNote();
		this.quantity = details.quantity();
		this.value = details.value().amount();
		this.giftDate = details.date();
		this.deliveredBy = details.deliveredBy();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void postedAs(Long ledgerEntryId) {
		this.ledgerEntryId = ledgerEntryId;
	}

	/**
	 * Cancels the gift with a reason (at most once).
	 */
	void cancel(String reason, String by, Instant at) {
		if (isCancelled()) {
			throw new RuleViolationException(null, "gift.cancel.twice");
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "gift.cancel.reason");
		}
		this.cancelReason = reason.strip();
		this.cancelledBy = by;
		this.cancelledAt = at;
	}

	/**
	 * The ledger entry that reversed the cancelled gift's expenditure.
	 */
	void reversedAs(Long reversalId) {
		this.cancelEntryId = reversalId;
	}

	/**
	 * Records that the recipient signed for the gift on that day, with the scan of the
	 * signed paper if there is one.
	 */
	void signed(LocalDate on, Long scanId) {
		if (isCancelled()) {
			throw new RuleViolationException(null, "gift.signed.cancelled");
		}
		if (on == null) {
			throw new RuleViolationException("signedOn", "gift.signedOn.required");
		}
		if (on.isBefore(this.giftDate)) {
			throw new RuleViolationException("signedOn", "gift.signedOn.beforeGift",
					VietnameseDates.format(this.giftDate));
		}
		this.receiptStatus = ReceiptStatus.SIGNED;
		this.signedOn = on;
		if (scanId != null) {
			this.scanId = scanId;
		}
	}

	boolean isCancelled() {
		return this.cancelledAt != null;
	}

	/**
	 * The gift's fields for the audit trail; {@code label} names an enum value in
	 * Vietnamese.
	 */
	Map<String, String> auditState(Function<Enum<?>, String> label, String programName, String householdCode) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("welfare.program", programName);
		state.put("welfare.household", householdCode);
		state.put("welfare.memberName", this.memberName);
		state.put("welfare.item", label.apply(this.item));
		state.put("welfare.itemNote", this.itemNote);
		state.put("welfare.quantity", String.valueOf(this.quantity));
		state.put("welfare.value", Money.of(this.value).toString());
		state.put("welfare.giftDate", VietnameseDates.format(this.giftDate));
		state.put("welfare.deliveredBy", this.deliveredBy);
		return state;
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	Long getProgramId() {
		return this.programId;
	}

	Long getDistributionId() {
		return this.distributionId;
	}

	Long getHouseholdId() {
		return this.householdId;
	}

	Long getAreaId() {
		return this.areaId;
	}

	Long getLedgerEntryId() {
		return this.ledgerEntryId;
	}

	Long getScanId() {
		return this.scanId;
	}

	ReceiptStatus getReceiptStatus() {
		return this.receiptStatus;
	}

	LocalDate getGiftDate() {
		return this.giftDate;
	}

	Money getValue() {
		return Money.of(this.value);
	}

	Integer getVersion() {
		return this.version;
	}

}
