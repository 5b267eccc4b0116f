package vn.sochibo.welfare;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdNotFoundException;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.submission.FormSubmissions;

/**
 * Gifts to one household at a time, their cancellation and signed receipts, and what a
 * household received over the years. A gift is seen and acted on only by staff whose
 * areas include the household's area at the time of the gift or today (otherwise "not
 * found"); an inspector reads but never writes. The gifts of a program for Party members
 * are the cell's own records: seen only by those who read the cell's records, given,
 * cancelled and signed only by those who write them.
 */
@Service
public class Gifts {

	public static final String ENTITY = "WELFARE_GIFT";

	/** The most gifts a program's page lists. */
	public static final int LIST_LIMIT = 200;

	private final WelfarePrograms programs;

	private final GiftRepository gifts;

	private final GiftPosting posting;

	private final WelfareQueries queries;

	private final ScanStore scans;

	private final Households households;

	private final AreaScopes scopes;

	private final AuditTrail audit;

	private final FormSubmissions submissions;

	Gifts(WelfarePrograms programs, GiftRepository gifts, GiftPosting posting, WelfareQueries queries, ScanStore scans,
			Households households, AreaScopes scopes, AuditTrail audit, FormSubmissions submissions) {
		this.submissions = submissions;
		this.programs = programs;
		this.gifts = gifts;
		this.posting = posting;
		this.queries = queries;
		this.scans = scans;
		this.households = households;
		this.audit = audit;
		this.scopes = scopes;
	}

	/**
	 * Gives the gift sent from the gift form, once for the form's one-time token
	 * ({@link FormSubmissions#once}); a form refused (a second gift not yet confirmed, a
	 * household not eligible) keeps its token for the next sending.
	 */
	@Transactional
	public GiftRow give(CurrentUser actor, UUID token, Long programId, String householdCode, GiftDetails details,
			boolean confirmDuplicate) {
		return this.submissions.once(actor, token, ENTITY,
				() -> give(actor, programId, householdCode, details, confirmDuplicate), GiftRow::id);
	}

	/**
	 * Gives one household (by its code, or a name or address only one household of the
	 * user's and the program's areas matches) a gift of the program. The household must
	 * be in the user's areas and the program's, and eligible by its statuses of the
	 * program's year; a second gift of the same program needs {@code confirmDuplicate}.
	 */
	@Transactional
	public GiftRow give(CurrentUser actor, Long programId, String householdCode, GiftDetails details,
			boolean confirmDuplicate) {
		actor.require(Action.WRITE);
		WelfareProgram program = this.programs.lockToGive(actor, programId);
		this.posting.check(program, details);
		if (householdCode == null || householdCode.isBlank()) {
			throw new RuleViolationException("householdCode", "gift.household.required");
		}
		HouseholdDetail household;
		try {
			household = this.households.getByCodeOrName(actor, householdCode, program.areaIds());
		}
		catch (HouseholdNotFoundException ex) {
			throw new RuleViolationException("householdCode", "gift.household.unknown", householdCode.strip());
		}
		Reach reach = Reach.of(this.scopes.of(actor), program.areaIds(), null);
		if (!reach.covers(household.areaId())) {
			throw new RuleViolationException("householdCode", "gift.household.outsideProgram");
		}
		Candidate candidate = this.queries
			.eligible(actor.wardId(), programId, program.getYear(), this.programs.eligibility(program, null), reach,
					Set.of(household.id()), false, 1)
			.stream()
			.findFirst()
			.orElseThrow(
					() -> new RuleViolationException("householdCode", "gift.household.notEligible", program.getYear()));
		if (candidate.alreadyReceived() && !confirmDuplicate) {
			throw new DuplicateGiftException(candidate);
		}
		this.posting.checkFundCovers(actor, program, details.value());
		Gift gift = this.posting.record(actor, program, candidate, details, null);
		this.audit.created(actor.wardId(), actor, ENTITY, gift.getId(),
				gift.auditState(this.programs::label, program.getName(), candidate.code()));
		return row(actor, gift.getId());
	}

	/**
	 * Cancels a gift with a reason; when the program is paid from a fund, its expenditure
	 * is reversed in the fund's ledger.
	 */
	@Transactional
	public void cancel(CurrentUser actor, Long giftId, String reason) {
		actor.require(Action.WRITE);
		Gift gift = load(actor, giftId);
		lockToGive(actor, gift);
		this.posting.cancel(actor, gift, reason);
		this.audit.action(actor.wardId(), actor, ENTITY, giftId, "CANCEL", "welfare.cancelReason", null,
				reason.strip());
	}

	/**
	 * Records that the recipient signed for the gift, with an optional scan (a picture or
	 * a PDF).
	 */
	@Transactional
	public void signed(CurrentUser actor, Long giftId, java.time.LocalDate signedOn, UploadedScan scan) {
		actor.require(Action.WRITE);
		Gift gift = load(actor, giftId);
		lockToGive(actor, gift);
		gift.signed(this.posting.checkSignedOn(signedOn), this.posting.storeScan(actor, scan));
		this.audit.action(actor.wardId(), actor, ENTITY, giftId, "SIGNED", "welfare.receiptStatus",
				this.programs.label(ReceiptStatus.PENDING), this.programs.label(ReceiptStatus.SIGNED));
	}

	@Transactional(readOnly = true)
	public GiftRow get(CurrentUser user, Long giftId) {
		user.require(Action.READ);
		load(user, giftId);
		return row(user, giftId);
	}

	/**
	 * The gifts of a program in the user's areas (cancelled ones too), newest first.
	 */
	@Transactional(readOnly = true)
	public List<GiftRow> ofProgram(CurrentUser user, Long programId) {
		user.require(Action.READ);
		this.programs.load(user, programId);
		return this.queries.giftsOfProgram(programId, Reach.of(this.scopes.of(user), null, null), LIST_LIMIT);
	}

	/**
	 * Every gift of {@link #ofProgram} — all of them, not only the newest
	 * {@value #LIST_LIMIT} — one at a time: the program's gifts download.
	 */
	@Transactional(readOnly = true)
	public void forEachOfProgram(CurrentUser user, Long programId, Consumer<GiftRow> action) {
		user.require(Action.READ);
		this.programs.load(user, programId);
		this.queries.forEachGiftOfProgram(programId, Reach.of(this.scopes.of(user), null, null), action);
	}

	/**
	 * The gifts of a program in the user's areas that stand (not cancelled), in
	 * signing-list order: by area, then given name.
	 */
	@Transactional(readOnly = true)
	public SigningList signingList(CurrentUser user, Long programId) {
		user.require(Action.READ);
		this.programs.load(user, programId);
		return SigningList.of(this.queries.signingListOfProgram(programId, Reach.of(this.scopes.of(user), null, null)));
	}

	/**
	 * Everything a household in the user's areas received, over the years.
	 */
	@Transactional(readOnly = true)
	public HouseholdWelfare ofHousehold(CurrentUser user, Long householdId) {
		user.require(Action.READ);
		HouseholdDetail household = this.households.get(user, householdId);
		return new HouseholdWelfare(household,
				this.queries.giftsOfHousehold(householdId, this.programs.memberCells(user)));
	}

	/**
	 * A scan of a gift or a distribution the user may see.
	 */
	@Transactional(readOnly = true)
	public ScanContent scan(CurrentUser user, Long scanId) {
		user.require(Action.READ);
		Reach reach = Reach.of(this.scopes.of(user), null, null);
		boolean visible = this.queries.scanAreas(user.requireWard(), scanId, this.programs.memberCells(user))
			.stream()
			.anyMatch(reach::covers);
		if (!visible) {
			throw new ScanNotFoundException(scanId);
		}
		return this.scans.find(user.wardId(), scanId).orElseThrow(() -> new ScanNotFoundException(scanId));
	}

	/**
	 * A gift the user may see: of a program they see, given in one of their areas, or to
	 * a household that lives in one of them now (its history follows it when it moves).
	 */
	private Gift load(CurrentUser user, Long giftId) {
		AreaScope scope = this.scopes.of(user);
		return this.gifts.findByIdAndWardId(giftId, user.requireWard())
			.filter((gift) -> this.programs.visible(user, gift.getProgramId()))
			.filter((gift) -> scope.covers(gift.getWardId(), gift.getAreaId())
					|| livesInScope(user, gift.getHouseholdId()))
			.orElseThrow(() -> new GiftNotFoundException(giftId));
	}

	/**
	 * Locks the gift's program, which the user must be allowed to give gifts of.
	 */
	private void lockToGive(CurrentUser user, Gift gift) {
		try {
			this.programs.lockToGive(user, gift.getProgramId());
		}
		catch (ProgramNotFoundException ex) {
			throw new GiftNotFoundException(gift.getId());
		}
	}

	private boolean livesInScope(CurrentUser user, Long householdId) {
		try {
			this.households.get(user, householdId);
			return true;
		}
		catch (HouseholdNotFoundException ex) {
			return false;
		}
	}

	private GiftRow row(CurrentUser user, Long giftId) {
		return this.queries.gift(user.requireWard(), giftId).orElseThrow(() -> new GiftNotFoundException(giftId));
	}

}
