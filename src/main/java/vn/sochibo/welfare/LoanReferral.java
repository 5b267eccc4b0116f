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
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * A household introduced to a Social Policy Bank programme (giới thiệu vay vốn). The ward
 * records the referral and, when it learns it, the bank's decision; the loan itself
 * belongs to the bank. The aggregate guards its rules: an amount between 1 đ and
 * {@link LoanReferrals#MAX_AMOUNT}, dates from {@link RecordDates#EARLIEST} up to today,
 * an outcome date not before the referral, an approved amount only with an approval.
 */
@Entity
@Table(name = "loan_referrals")
class LoanReferral {

	static final int MAX_PURPOSE_NOTE = 200;

	static final int MAX_NOTE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long householdId;

	private Long areaId;

	@Enumerated(EnumType.STRING)
	private LoanPurpose purpose;

	private String purposeNote;

	private BigDecimal amountRequested;

	private LocalDate referralDate;

	@Enumerated(EnumType.STRING)
	private LoanOutcome outcome;

	private BigDecimal amountApproved;

	private LocalDate outcomeDate;

	private String note;

	private String recordedBy;

	private Instant recordedAt;

	@Version
	private Integer version;

	protected LoanReferral() {
	}

	/**
	 * A pending referral of a household, in the area the household is in today.
	 */
	LoanReferral(Long wardId, Long areaId, LoanReferralDetails details, String recordedBy, Instant recordedAt,
			LocalDate today) {
		if (details.purpose() == null) {
			throw new RuleViolationException("purpose", "loan.purpose.required");
		}
		String purposeNote = text(details.purposeNote());
		if (details.purpose() == LoanPurpose.OTHER && purposeNote == null) {
			throw new RuleViolationException("purposeNote", "loan.purposeNote.required");
		}
		if (purposeNote != null && purposeNote.length() > MAX_PURPOSE_NOTE) {
			throw new RuleViolationException("purposeNote", "loan.purposeNote.size", MAX_PURPOSE_NOTE);
		}
		String note = text(details.note());
		if (note != null && note.length() > MAX_NOTE) {
			throw new RuleViolationException("note", "loan.note.size", MAX_NOTE);
		}
		checkAmount("amountRequested", details.amountRequested());
		checkDate("referralDate", details.referralDate(), today);
		this.wardId = wardId;
		this.householdId = details.householdId();
		this.areaId = areaId;
		this.purpose = details.purpose();
		this.purposeNote = purposeNote;
		this.amountRequested = details.amountRequested().amount();
		this.referralDate = details.referralDate();
		this.outcome = LoanOutcome.PENDING;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/**
	 * Records (or corrects) what the bank decided. Back to pending clears the amount and
	 * the date.
	 */
	void recordOutcome(LoanReferralOutcome decision, LocalDate today) {
		if (decision.outcome() == null) {
			throw new RuleViolationException("outcome", "loan.outcome.required");
		}
		if (decision.outcome() != LoanOutcome.APPROVED && decision.amountApproved() != null) {
			throw new RuleViolationException("amountApproved", "loan.amountApproved.notApproved");
		}
		if (decision.outcome() == LoanOutcome.APPROVED) {
			if (decision.amountApproved() == null) {
				throw new RuleViolationException("amountApproved", "loan.amountApproved.required");
			}
			checkAmount("amountApproved", decision.amountApproved());
		}
		if (decision.outcome().isPending()) {
			if (decision.outcomeDate() != null) {
				throw new RuleViolationException("outcomeDate", "loan.outcomeDate.pending");
			}
		}
		else {
			if (decision.outcomeDate() == null) {
				throw new RuleViolationException("outcomeDate", "loan.outcomeDate.required");
			}
			checkDate("outcomeDate", decision.outcomeDate(), today);
			if (decision.outcomeDate().isBefore(this.referralDate)) {
				throw new RuleViolationException("outcomeDate", "loan.outcomeDate.beforeReferral",
						VietnameseDates.format(this.referralDate));
			}
		}
		this.outcome = decision.outcome();
		this.amountApproved = (decision.amountApproved() != null) ? decision.amountApproved().amount() : null;
		this.outcomeDate = decision.outcomeDate();
	}

	private static void checkAmount(String field, Money amount) {
		if (amount == null) {
			throw new RuleViolationException(field, "loan.amount.required");
		}
		if (!amount.isPositive()) {
			throw new RuleViolationException(field, "loan.amount.positive");
		}
		if (amount.compareTo(LoanReferrals.MAX_AMOUNT) > 0) {
			throw new RuleViolationException(field, "loan.amount.tooLarge", LoanReferrals.MAX_AMOUNT.toString());
		}
	}

	private static void checkDate(String field, LocalDate date, LocalDate today) {
		if (date == null) {
			throw new RuleViolationException(field, "loan.date.required");
		}
		if (date.isAfter(today)) {
			throw new RuleViolationException(field, "loan.date.future");
		}
		RecordDates.requireNotTooOld(field, date);
	}

	private static String text(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

	/**
	 * The referral's own fields for the audit trail, enums in words.
	 */
	Map<String, String> auditState(Function<Enum<?>, String> label) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("loan.purpose", label.apply(this.purpose));
		state.put("loan.purposeNote", this.purposeNote);
		state.put("loan.amountRequested", Money.of(this.amountRequested).toString());
		state.put("loan.referralDate", VietnameseDates.format(this.referralDate));
		state.put("loan.note", this.note);
		state.putAll(outcomeAuditState(label));
		return state;
	}

	/**
	 * The bank's decision for the audit trail.
	 */
	Map<String, String> outcomeAuditState(Function<Enum<?>, String> label) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("loan.outcome", label.apply(this.outcome));
		state.put("loan.amountApproved",
				(this.amountApproved != null) ? Money.of(this.amountApproved).toString() : null);
		state.put("loan.outcomeDate", VietnameseDates.format(this.outcomeDate));
		return state;
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	Long getHouseholdId() {
		return this.householdId;
	}

	Long getAreaId() {
		return this.areaId;
	}

	Integer getVersion() {
		return this.version;
	}

}
