package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.EntryKind;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.fund.PledgePayment;
import vn.sochibo.household.HouseholdNotFoundException;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.submission.AlreadySubmittedException;

/**
 * Posting to a fund's ledger: contributions, pledges and their payments, expenditures,
 * and reversals. Every posting is final: a mistake is corrected by a reversal. Each form
 * posts once for its one-time token: sent again, it leads to what the first sending
 * recorded, with a message that says so.
 */
@Controller
@RequestMapping("/funds")
class EntryController {

	private final Funds funds;

	private final Ledger ledger;

	private final Households households;

	private final Clock clock;

	EntryController(Funds funds, Ledger ledger, Households households, Clock clock) {
		this.funds = funds;
		this.ledger = ledger;
		this.households = households;
		this.clock = clock;
	}

	@ModelAttribute("methods")
	PaymentMethod[] methods() {
		return PaymentMethod.values();
	}

	@ModelAttribute("displayChoices")
	DisplayChoice[] displayChoices() {
		return DisplayChoice.values();
	}

	@ModelAttribute("contributorKinds")
	ContributorKind[] contributorKinds() {
		return new ContributorKind[] { ContributorKind.PERSON, ContributorKind.BUSINESS, ContributorKind.ORGANISATION,
				ContributorKind.STATE };
	}

	@GetMapping("/{id}/contributions/new")
	String showContributionForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.WRITE);
		ContributionForm form = new ContributionForm();
		form.setDate(LocalDate.now(this.clock));
		form.setAreaId(this.households.onlyAreaInScope(user));
		model.addAttribute("contributionForm", form);
		return contributionForm(user, id, EntryKind.CONTRIBUTION, model);
	}

	@PostMapping("/{id}/contributions/new")
	String contribute(CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("contributionForm") ContributionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return post(user, id, form, result, model, redirect, EntryKind.CONTRIBUTION);
	}

	@GetMapping("/{id}/pledges/new")
	String showPledgeForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.WRITE);
		ContributionForm form = new ContributionForm();
		form.setDate(LocalDate.now(this.clock));
		form.setAreaId(this.households.onlyAreaInScope(user));
		form.setMethod(null);
		model.addAttribute("contributionForm", form);
		return contributionForm(user, id, EntryKind.PLEDGE, model);
	}

	@PostMapping("/{id}/pledges/new")
	String pledge(CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("contributionForm") ContributionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return post(user, id, form, result, model, redirect, EntryKind.PLEDGE);
	}

	@GetMapping("/{id}/expenditures/new")
	String showExpenditureForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.WRITE);
		ExpenditureForm form = new ExpenditureForm();
		form.setDate(LocalDate.now(this.clock));
		form.setAreaId(this.households.onlyAreaInScope(user));
		model.addAttribute("expenditureForm", form);
		return expenditureForm(user, id, model);
	}

	@PostMapping("/{id}/expenditures/new")
	String spend(CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("expenditureForm") ExpenditureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				this.ledger.spend(user, form.getSubmissionToken(), form.toCommand(id));
				redirect.addFlashAttribute("message", "entry.spent");
				return "redirect:/funds/" + id;
			}
			catch (AlreadySubmittedException ex) {
				redirect.addFlashAttribute("message", "submission.repeated.expenditure");
				return "redirect:/funds/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return expenditureForm(user, id, model);
	}

	@GetMapping("/entries/{entryId}/payments/new")
	String showPaymentForm(CurrentUser user, @PathVariable Long entryId, Model model) {
		user.require(Action.WRITE);
		PaymentForm form = new PaymentForm();
		form.setDate(LocalDate.now(this.clock));
		model.addAttribute("paymentForm", form);
		return paymentForm(user, entryId, model);
	}

	@PostMapping("/entries/{entryId}/payments/new")
	String pay(CurrentUser user, @PathVariable Long entryId, @Valid @ModelAttribute("paymentForm") PaymentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		LedgerEntry pledge = this.ledger.entryToActOn(user, entryId);
		if (!result.hasErrors()) {
			try {
				LedgerEntry payment = this.ledger.payPledge(user, form.getSubmissionToken(), new PledgePayment(entryId,
						form.getDate(), form.getMethod(), form.getAmount(), form.getDescription()));
				redirect.addFlashAttribute("message", "entry.recorded");
				return "redirect:/funds/" + pledge.fundId() + "/receipts/" + payment.id();
			}
			catch (AlreadySubmittedException ex) {
				redirect.addFlashAttribute("message", "submission.repeated.payment");
				return "redirect:/funds/" + pledge.fundId() + "/receipts/" + ex.resultId();
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return paymentForm(user, entryId, model);
	}

	@GetMapping("/entries/{entryId}/reverse")
	String showReversalForm(CurrentUser user, @PathVariable Long entryId, Model model) {
		user.require(Action.WRITE);
		model.addAttribute("reversalForm", new ReversalForm());
		return reversalForm(user, entryId, model);
	}

	@PostMapping("/entries/{entryId}/reverse")
	String reverse(CurrentUser user, @PathVariable Long entryId,
			@Valid @ModelAttribute("reversalForm") ReversalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		LedgerEntry original = this.ledger.entryToActOn(user, entryId);
		if (!result.hasErrors()) {
			try {
				this.ledger.reverse(user, form.getSubmissionToken(), entryId, form.getReason());
				redirect.addFlashAttribute("message", "entry.reversed");
				return "redirect:/funds/" + original.fundId();
			}
			catch (AlreadySubmittedException ex) {
				redirect.addFlashAttribute("message", "submission.repeated.reversal");
				return "redirect:/funds/" + original.fundId();
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return reversalForm(user, entryId, model);
	}

	private String post(CurrentUser user, Long fundId, ContributionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, EntryKind kind) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				Long householdId = null;
				if (form.getHouseholdCode() != null) {
					householdId = this.households.getByCodeOrName(user, form.getHouseholdCode(), null).id();
				}
				LedgerEntry entry = (kind == EntryKind.PLEDGE)
						? this.ledger.pledge(user, form.getSubmissionToken(), form.toCommand(fundId, householdId))
						: this.ledger.contribute(user, form.getSubmissionToken(), form.toCommand(fundId, householdId));
				redirect.addFlashAttribute("message", "entry.recorded");
				return recorded(fundId, kind, entry.id());
			}
			catch (AlreadySubmittedException ex) {
				redirect.addFlashAttribute("message",
						(kind == EntryKind.PLEDGE) ? "submission.repeated.pledge" : "submission.repeated.contribution");
				return recorded(fundId, kind, ex.resultId());
			}
			catch (HouseholdNotFoundException ex) {
				result.rejectValue("householdCode", "entry.household.unknown");
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return contributionForm(user, fundId, kind, model);
	}

	/**
	 * Where a contribution leads once recorded: its receipt; a pledge: its fund.
	 */
	private static String recorded(Long fundId, EntryKind kind, long entryId) {
		return (kind == EntryKind.PLEDGE) ? "redirect:/funds/" + fundId
				: "redirect:/funds/" + fundId + "/receipts/" + entryId;
	}

	private String contributionForm(CurrentUser user, Long fundId, EntryKind kind, Model model) {
		model.addAttribute("fund", this.funds.get(user, fundId));
		model.addAttribute("kind", kind);
		model.addAttribute("areas", this.households.areasInScope(user));
		return "funds/contribution-form";
	}

	private String expenditureForm(CurrentUser user, Long fundId, Model model) {
		model.addAttribute("fund", this.funds.get(user, fundId));
		model.addAttribute("areas", this.households.areasInScope(user));
		return "funds/expenditure-form";
	}

	private String paymentForm(CurrentUser user, Long pledgeId, Model model) {
		LedgerEntry pledge = this.ledger.entryToActOn(user, pledgeId);
		if (pledge.kind() != EntryKind.PLEDGE) {
			throw new vn.sochibo.fund.EntryNotFoundException(pledgeId);
		}
		model.addAttribute("pledge", pledge);
		model.addAttribute("fund", this.funds.get(user, pledge.fundId()));
		return "funds/payment-form";
	}

	private String reversalForm(CurrentUser user, Long entryId, Model model) {
		LedgerEntry entry = this.ledger.entryToActOn(user, entryId);
		model.addAttribute("entry", entry);
		model.addAttribute("fund", this.funds.get(user, entry.fundId()));
		return "funds/reversal-form";
	}

}
