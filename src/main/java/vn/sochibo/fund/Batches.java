package vn.sochibo.fund;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.household.HouseholdNotFoundException;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.submission.FormSubmissions;

/**
 * Paper lists of contributions: reads who each line names and posts the list through
 * {@link Ledger#postBatch} — all or nothing, only when the control count and total match.
 * A line whose giver looks like a household code ("KV11-42") is that household of the
 * user's areas and is posted in the household's area; the other lines are people (or
 * unnamed) in the list's area. A paper list is money counted by hand: cash or bank
 * transfer, never goods, labour or land (those need a description per line).
 */
@Service
public class Batches {

	/** A household code: letters or digits, a hyphen, digits. */
	static final Pattern HOUSEHOLD_CODE = Pattern.compile("[\\p{L}\\p{N}]+-\\d+");

	private final Ledger ledger;

	private final Households households;

	private final FormSubmissions submissions;

	Batches(Ledger ledger, Households households, FormSubmissions submissions) {
		this.ledger = ledger;
		this.households = households;
		this.submissions = submissions;
	}

	/**
	 * Posts a list sent from the paper-list form, once for its one-time token (see
	 * {@link FormSubmissions#once}); what the first sending recorded is its list's
	 * ({@code ledger_batches}) id.
	 */
	@Transactional
	public List<LedgerEntry> post(CurrentUser actor, UUID token, PaperList list) {
		return this.submissions.once(actor, token, "FUND_BATCH", () -> post(actor, list),
				(posted) -> posted.get(0).batchId());
	}

	/**
	 * Posts the list, or throws {@link PaperListException} with every line that is wrong
	 * (unreadable, an unknown household, a line the ledger refuses) and posts nothing; a
	 * wrong control figure or method is a {@link RuleViolationException} of that field.
	 */
	@Transactional
	public List<LedgerEntry> post(CurrentUser actor, PaperList list) {
		actor.require(Action.WRITE);
		if (list.method() == null || list.method().needsDescription()) {
			throw new RuleViolationException("method", "batch.method");
		}
		List<PaperList.Problem> problems = new ArrayList<>(list.unreadable());
		List<Contribution> contributions = new ArrayList<>();
		for (PaperList.Line line : list.lines()) {
			try {
				contributions.add(contribution(actor, list, line));
			}
			catch (HouseholdNotFoundException ex) {
				problems.add(new PaperList.Problem(line.number(), "batch.line.household"));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(PaperList.Problem::line));
			throw new PaperListException(problems);
		}
		try {
			return this.ledger.postBatch(actor,
					new Batch(list.fundId(), list.controlCount(), list.controlTotal(), list.note(), contributions));
		}
		catch (BatchLineException ex) {
			int number = list.lines().get(ex.line() - 1).number();
			throw new PaperListException(List.of(new PaperList.Problem(number, ex.messageKey(), ex.arguments())));
		}
	}

	private Contribution contribution(CurrentUser actor, PaperList list, PaperList.Line line) {
		String who = line.who();
		if (who != null && HOUSEHOLD_CODE.matcher(who).matches()) {
			Long householdId = this.households.getByCode(actor, who).id();
			return new Contribution(list.fundId(), list.date(), list.method(), line.amount(), null, householdId, null,
					null, line.display(), null, null);
		}
		return new Contribution(list.fundId(), list.date(), list.method(), line.amount(), list.areaId(), null,
				(who != null) ? ContributorKind.PERSON : null, who, line.display(), null, null);
	}

}
