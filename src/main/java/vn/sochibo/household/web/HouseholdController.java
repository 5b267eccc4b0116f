package vn.sochibo.household.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditRows;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.HouseholdSuggestion;
import vn.sochibo.household.HouseholdSummary;
import vn.sochibo.household.Households;
import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Wards;

@Controller
@RequestMapping("/households")
class HouseholdController {

	static final int PAGE_SIZE = 25;

	static final int PRINT_LIMIT = 5000;

	/**
	 * Who may open the forms and post them: a user who may not write is refused before
	 * their input is looked at (the services check again, with the areas).
	 */

	private final Households households;

	private final AuditTrail audit;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	HouseholdController(Households households, AuditTrail audit, Clock clock, Wards wards, XlsxDownloads xlsx) {
		this.households = households;
		this.audit = audit;
		this.clock = clock;
		this.wards = wards;
		this.xlsx = xlsx;
	}

	@ModelAttribute("statusKinds")
	StatusKind[] statusKinds() {
		return StatusKind.values();
	}

	@ModelAttribute("policySubtypes")
	PolicySubtype[] policySubtypes() {
		return PolicySubtype.values();
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Long area,
			@RequestParam(required = false) StatusKind status, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		HouseholdQuery query = new HouseholdQuery(text, area, status, year);
		Page<HouseholdSummary> households = this.households.list(user, query,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("households", households);
		model.addAttribute("countLimit", Households.COUNT_LIMIT);
		model.addAttribute("query", query);
		model.addAttribute("statusYear", (year != null) ? year : this.households.latestStatusYear(user));
		model.addAttribute("areas", this.households.areasInScope(user));
		return "households/list";
	}

	/**
	 * The filtered list on A4 for the notice board or a meeting (up to
	 * {@value #PRINT_LIMIT} households).
	 */
	@GetMapping("/print")
	String print(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Long area,
			@RequestParam(required = false) StatusKind status, @RequestParam(required = false) Integer year,
			Model model) {
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		HouseholdQuery query = new HouseholdQuery(text, area, status, year);
		model.addAttribute("households", this.households.list(user, query, PageRequest.of(0, PRINT_LIMIT)));
		model.addAttribute("query", query);
		model.addAttribute("statusYear", (year != null) ? year : this.households.latestStatusYear(user));
		model.addAttribute("areaLabel",
				this.households.areasInScope(user)
					.stream()
					.filter((candidate) -> candidate.id().equals(area))
					.map(AreaView::label)
					.findFirst()
					.orElse(null));
		model.addAttribute("printedOn", LocalDate.now(this.clock));
		return "households/print";
	}

	/**
	 * The filtered list as .xlsx: every household it finds (not only the page), in its
	 * order, with the statuses of its year.
	 */
	@GetMapping("/export.xlsx")
	void export(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Long area,
			@RequestParam(required = false) StatusKind status, @RequestParam(required = false) Integer year,
			HttpServletResponse response) {
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		HouseholdQuery query = new HouseholdQuery(text, area, status, year);
		int statusYear = (year != null) ? year : this.households.latestStatusYear(user);
		String areaLabel = (area == null) ? null
				: this.households.areasInScope(user)
					.stream()
					.filter((candidate) -> candidate.id().equals(area))
					.map(AreaView::label)
					.findFirst()
					.orElse(String.valueOf(area));
		List<String> filter = new ArrayList<>();
		filter.add((text != null) ? this.xlsx.message("export.filter.text", text) : null);
		filter.add(areaLabel);
		filter.add((status != null) ? this.xlsx.message("statusKind." + status) : null);
		filter.add(this.xlsx.message("export.filter.year", statusYear));
		XlsxTable table = this.xlsx.table(response, "ho-gia-dinh", this.wards.current(user).name(),
				this.xlsx.message("household.list.title"), filter,
				List.of(this.xlsx.column("household.code", 14), this.xlsx.column("household.headName", 28),
						this.xlsx.column("household.address", 40), this.xlsx.column("household.alley", 16),
						this.xlsx.column("household.area", 16), this.xlsx.column("household.members", 10),
						this.xlsx.column("household.statuses", 30, statusYear)));
		this.households.forEach(user, query,
				(h) -> table.row(h.code(), h.headName(), h.address(), h.alley(), h.areaName(), h.members(),
						h.statuses()
							.stream()
							.map((kind) -> this.xlsx.message("statusKind." + kind))
							.collect(Collectors.joining(", "))));
		table.finish();
	}

	/**
	 * What the household picker of the forms that record something for a household
	 * (contributions, gifts, loan referrals) offers as the user types: JSON, at most
	 * {@value Households#SUGGESTION_LIMIT} households of the user's areas (and of the
	 * {@code area} ids given, when the form narrows them), best match first.
	 */
	@GetMapping(path = "/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<HouseholdSuggestion> suggestions(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(name = "area", required = false) Set<Long> areas) {
		return this.households.suggest(user, q, areas);
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		HouseholdDetail household = this.households.get(user, id);
		model.addAttribute("household", household);
		model.addAttribute("history", this.audit.history(user.requireWard(), Households.ENTITY, id, page));
		if (!model.containsAttribute("statusForm")) {
			StatusForm statusForm = new StatusForm();
			statusForm.setYear(Year.now(this.clock).getValue());
			model.addAttribute("statusForm", statusForm);
		}
		if (!model.containsAttribute("endStatusForm")) {
			EndStatusForm endForm = new EndStatusForm();
			endForm.setLastYear(Year.now(this.clock).getValue());
			model.addAttribute("endStatusForm", endForm);
		}
		model.addAttribute("currentYear", Year.now(this.clock).getValue());
		return "households/detail";
	}

	/**
	 * The household's whole history as .xlsx, newest first as on its page.
	 */
	@GetMapping("/{id}/history/export.xlsx")
	void exportHistory(CurrentUser user, @PathVariable Long id, HttpServletResponse response) {
		HouseholdDetail household = this.households.get(user, id);
		XlsxTable table = this.xlsx.table(response, "lich-su-ho", this.wards.current(user).name(),
				this.xlsx.message("audit.title"), List.of(household.code() + " – " + household.headName()),
				this.xlsx.columns(AuditRows.HEADER_KEYS, 16, 14, 18, 18, 20, 30, 30));
		this.audit.forEachInHistory(user.requireWard(), Households.ENTITY, id, false,
				(e) -> table.row(AuditRows.cells(e, this.xlsx::messageOr)));
		table.finish();
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, @RequestParam(required = false) Long area, Model model) {
		user.require(Action.WRITE);
		HouseholdForm form = new HouseholdForm();
		form.setAreaId(area);
		form.setMembers(1);
		model.addAttribute("householdForm", form);
		return form(user, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("householdForm") HouseholdForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			HouseholdDetail created = this.households.create(user, form.toDetails());
			redirect.addFlashAttribute("message", "household.created");
			return "redirect:/households/" + created.id();
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.WRITE);
		model.addAttribute("householdForm", HouseholdForm.of(this.households.get(user, id)));
		model.addAttribute("householdId", id);
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("householdForm") HouseholdForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		model.addAttribute("householdId", id);
		if (result.hasErrors()) {
			// A household outside the user's scope is not found, whatever was typed.
			this.households.get(user, id);
			return form(user, model);
		}
		try {
			this.households.update(user, id, form.toDetails(), form.getVersion());
			redirect.addFlashAttribute("message", "household.updated");
			return "redirect:/households/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@PostMapping("/{id}/statuses")
	String addStatus(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				this.households.addStatus(user, id, form.toDetails());
				redirect.addFlashAttribute("message", "status.added");
				return "redirect:/households/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, 0, model);
	}

	/**
	 * Ends a lasting status (a policy family, Agent Orange, disability, elderly living
	 * alone) from the household's page.
	 */
	@PostMapping("/{id}/statuses/{statusId}/end")
	String endStatus(CurrentUser user, @PathVariable Long id, @PathVariable Long statusId,
			@Valid @ModelAttribute("endStatusForm") EndStatusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				this.households.endStatus(user, id, statusId, form.toEnd());
				redirect.addFlashAttribute("message", "status.ended");
				return "redirect:/households/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		model.addAttribute("endStatusId", statusId);
		return show(user, id, 0, model);
	}

	@PostMapping("/{id}/statuses/{statusId}/remove")
	String removeStatus(CurrentUser user, @PathVariable Long id, @PathVariable Long statusId,
			RedirectAttributes redirect) {
		this.households.removeStatus(user, id, statusId);
		redirect.addFlashAttribute("message", "status.removed");
		return "redirect:/households/" + id;
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("areas", this.households.areasInScope(user));
		return "households/form";
	}

}
