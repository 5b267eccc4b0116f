package vn.sochibo.welfare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdNotFoundException;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.Wards;
import vn.sochibo.welfare.LoanOutcome;
import vn.sochibo.welfare.LoanPurpose;
import vn.sochibo.welfare.LoanReferralQuery;
import vn.sochibo.welfare.LoanReferralView;
import vn.sochibo.welfare.LoanReferrals;

/**
 * Loan referrals to the Social Policy Bank: list with totals, record a referral, its page
 * with the bank's decision and history. Private pages of ward staff.
 */
@Controller
@RequestMapping("/welfare/loans")
class LoanReferralController {

	static final int PAGE_SIZE = 25;

	/**
	 * Who may open the forms and post them: a user who may not write is refused before
	 * their input is looked at (the service checks again, with the areas).
	 */

	private final LoanReferrals loans;

	private final Households households;

	private final AuditTrail audit;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	LoanReferralController(LoanReferrals loans, Households households, AuditTrail audit, Clock clock, Wards wards,
			XlsxDownloads xlsx) {
		this.wards = wards;
		this.xlsx = xlsx;
		this.loans = loans;
		this.households = households;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("loanPurposes")
	LoanPurpose[] loanPurposes() {
		return LoanPurpose.values();
	}

	@ModelAttribute("loanOutcomes")
	LoanOutcome[] loanOutcomes() {
		return LoanOutcome.values();
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long area, @RequestParam(required = false) LoanOutcome outcome,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		LoanReferralQuery query = new LoanReferralQuery(year, area, outcome, text);
		model.addAttribute("loans", this.loans.list(user, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("query", query);
		model.addAttribute("years", this.loans.years(user));
		model.addAttribute("areas", this.households.areaLabelsInScope(user));
		return "welfare/loans/list";
	}

	/**
	 * The filtered list as .xlsx: every referral it finds, newest first, in the user's
	 * areas.
	 */
	@GetMapping("/export.xlsx")
	void export(CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long area, @RequestParam(required = false) LoanOutcome outcome,
			@RequestParam(required = false) String q, HttpServletResponse response) {
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		LoanReferralQuery query = new LoanReferralQuery(year, area, outcome, text);
		List<String> filter = new ArrayList<>();
		filter.add((year != null) ? this.xlsx.message("export.filter.year", year) : null);
		filter.add((area != null) ? this.households.areaLabelsInScope(user).getOrDefault(area, String.valueOf(area))
				: null);
		filter.add((outcome != null) ? this.xlsx.message("loan.outcome." + outcome) : null);
		filter.add((text != null) ? this.xlsx.message("export.filter.text", text) : null);
		XlsxTable table = this.xlsx.table(response, "vay-von", this.wards.current(user).name(),
				this.xlsx.message("loan.list.title"), filter,
				List.of(this.xlsx.column("loan.referralDate", 12), this.xlsx.column("household.code", 14),
						this.xlsx.column("household.headName", 28), this.xlsx.column("loan.area", 18),
						this.xlsx.column("loan.purpose", 26), this.xlsx.column("loan.amountRequested", 18),
						this.xlsx.column("loan.outcome", 16), this.xlsx.column("loan.amountApproved", 18),
						this.xlsx.column("loan.outcomeDate", 12)));
		this.loans.forEach(user, query,
				(l) -> table.row(l.referralDate(), l.householdCode(), l.headName(), l.areaName(),
						this.xlsx.message("loan.purpose." + l.purpose()), l.amountRequested(),
						this.xlsx.message("loan.outcome." + l.outcome()), l.amountApproved(), l.outcomeDate()));
		table.finish();
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		LoanReferralView loan = this.loans.get(user, id);
		if (!model.containsAttribute("loanOutcomeForm")) {
			model.addAttribute("loanOutcomeForm", LoanOutcomeForm.of(loan));
		}
		return detail(user, loan, page, model);
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, @RequestParam(required = false) Long household, Model model) {
		user.require(Action.WRITE);
		LoanReferralForm form = new LoanReferralForm();
		form.setReferralDate(LocalDate.now(this.clock));
		if (household != null) {
			HouseholdDetail chosen = this.households.get(user, household);
			form.setHouseholdCode(chosen.code());
			model.addAttribute("household", chosen);
		}
		model.addAttribute("loanReferralForm", form);
		return "welfare/loans/form";
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("loanReferralForm") LoanReferralForm form,
			BindingResult result, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				HouseholdDetail household = this.households.getByCodeOrName(user, form.getHouseholdCode(), null);
				LoanReferralView created = this.loans.create(user, form.toDetails(household.id()));
				redirect.addFlashAttribute("message", "loan.created");
				return "redirect:/welfare/loans/" + created.id();
			}
			catch (HouseholdNotFoundException ex) {
				result.rejectValue("householdCode", "loan.household.unknown");
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return "welfare/loans/form";
	}

	@PostMapping("/{id}/outcome")
	String recordOutcome(CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("loanOutcomeForm") LoanOutcomeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		// A referral outside the user's scope is not found, whatever was typed.
		LoanReferralView loan = this.loans.get(user, id);
		if (!result.hasErrors()) {
			try {
				this.loans.recordOutcome(user, id, form.toOutcome(), form.getVersion());
				redirect.addFlashAttribute("message", "loan.outcome.recorded");
				return "redirect:/welfare/loans/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return detail(user, loan, 0, model);
	}

	private String detail(CurrentUser user, LoanReferralView loan, int page, Model model) {
		model.addAttribute("loan", loan);
		model.addAttribute("history", this.audit.history(user.requireWard(), LoanReferrals.ENTITY, loan.id(), page));
		return "welfare/loans/detail";
	}

}
