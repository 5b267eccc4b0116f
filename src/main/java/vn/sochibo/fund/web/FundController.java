package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

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
import vn.sochibo.fund.FundEdit;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.StaffEntryView;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;

@Controller
@RequestMapping("/funds")
class FundController {

	static final int PAGE_SIZE = 50;

	private final Funds funds;

	private final Ledger ledger;

	private final Areas areas;

	private final AuditTrail audit;

	private final Households households;

	private final Clock clock;

	FundController(Funds funds, Ledger ledger, Areas areas, AuditTrail audit, Households households, Clock clock) {
		this.households = households;
		this.funds = funds;
		this.ledger = ledger;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("funds", this.funds.list(user));
		return "funds/list";
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) Integer before,
			@RequestParam(defaultValue = "0") int page, Model model) {
		FundSummary fund = this.funds.get(user, id);
		List<StaffEntryView> entries = this.ledger.staffPage(user, id, before, PAGE_SIZE + 1);
		boolean more = entries.size() > PAGE_SIZE;
		List<StaffEntryView> shown = more ? entries.subList(0, PAGE_SIZE) : entries;
		model.addAttribute("fund", fund);
		model.addAttribute("entries", shown);
		model.addAttribute("nextBefore", more ? shown.get(shown.size() - 1).entry().seq() : null);
		model.addAttribute("areaNames", areaNames(user));
		model.addAttribute("history", this.audit.historyWithParts(user.requireWard(), Funds.ENTITY, id, page));
		return "funds/detail";
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, Model model) {
		user.require(Action.APPROVE);
		FundForm form = new FundForm();
		form.setStartsOn(LocalDate.now(this.clock));
		model.addAttribute("fundForm", form);
		return form(user, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("fundForm") FundForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.APPROVE);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			FundSummary fund = this.funds.create(user, FundKind.CAMPAIGN, form.toDetails());
			redirect.addFlashAttribute("message", "fund.created");
			return "redirect:/funds/" + fund.id();
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		FundEdit edit = this.funds.getForEdit(user, id);
		model.addAttribute("fundForm", FundForm.of(edit.fund(), edit.areaIds(), edit.version()));
		model.addAttribute("fundId", id);
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("fundForm") FundForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.APPROVE);
		model.addAttribute("fundId", id);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			this.funds.update(user, id, form.toDetails(), form.getVersion());
			redirect.addFlashAttribute("message", "fund.updated");
			return "redirect:/funds/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("areaOptions", this.households.areaLabelsInScope(user));
		return "funds/form";
	}

	private Map<Long, String> areaNames(CurrentUser user) {
		return this.areas.list(user).stream().collect(java.util.stream.Collectors.toMap(AreaView::id, AreaView::name));
	}

}
