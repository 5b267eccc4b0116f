package vn.sochibo.welfare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
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
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.household.StatusReviews;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.Wards;
import vn.sochibo.welfare.Distributions;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.MemberGroup;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramSummary;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * Welfare programs: the list by year, a program's page (what was given, who is still
 * without a gift, its distributions and gifts), create and edit.
 */
@Controller
@RequestMapping("/welfare/programs")
class ProgramController {

	private final WelfarePrograms programs;

	private final Distributions distributions;

	private final Gifts gifts;

	private final Cells cells;

	private final Households households;

	private final StatusReviews reviews;

	private final AuditTrail audit;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	ProgramController(WelfarePrograms programs, Distributions distributions, Gifts gifts, Cells cells,
			Households households, StatusReviews reviews, AuditTrail audit, Clock clock, Wards wards,
			XlsxDownloads xlsx) {
		this.wards = wards;
		this.xlsx = xlsx;
		this.reviews = reviews;
		this.programs = programs;
		this.distributions = distributions;
		this.gifts = gifts;
		this.cells = cells;
		this.households = households;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("occasions")
	Occasion[] occasions() {
		return Occasion.values();
	}

	@ModelAttribute("programSources")
	ProgramSource[] programSources() {
		return ProgramSource.values();
	}

	@ModelAttribute("memberGroups")
	MemberGroup[] memberGroups() {
		return MemberGroup.values();
	}

	@ModelAttribute("statusKinds")
	StatusKind[] statusKinds() {
		return StatusKind.values();
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("programs", this.programs.list(user, year));
		model.addAttribute("years", this.programs.years(user));
		model.addAttribute("year", year);
		return "welfare/programs/list";
	}

	/**
	 * The programs list as .xlsx (of the year asked for, or every year), with what was
	 * given.
	 */
	@GetMapping("/export.xlsx")
	void export(CurrentUser user, @RequestParam(required = false) Integer year, HttpServletResponse response) {
		List<ProgramSummary> programs = this.programs.list(user, year);
		XlsxTable table = this.xlsx.table(response, "phuc-loi", this.wards.current(user).name(),
				this.xlsx.message("program.list.title"),
				List.of((year != null) ? this.xlsx.message("export.filter.year", year) : ""),
				List.of(this.xlsx.column("program.name", 36), this.xlsx.column("program.occasion", 22),
						this.xlsx.column("program.year", 8), this.xlsx.column("program.date", 12),
						this.xlsx.column("program.source", 18), this.xlsx.column("export.program.sourceName", 24),
						this.xlsx.column("program.memberGroup", 24), this.xlsx.column("export.program.gifts", 10),
						this.xlsx.column("export.program.households", 10), this.xlsx.column("program.given", 18),
						this.xlsx.column("program.budget", 18)));
		for (ProgramSummary p : programs) {
			table.row(p.name(), this.xlsx.message("occasion." + p.occasion()), p.year(), p.date(),
					this.xlsx.message("programSource." + p.source()), p.sourceName(),
					(p.memberGroup() != null) ? this.xlsx.message("memberGroup." + p.memberGroup()) : null, p.gifts(),
					p.households(), p.given(), p.budget());
		}
		table.finish();
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		ProgramView program = this.programs.get(user, id);
		model.addAttribute("program", program);
		model.addAttribute("summary", this.programs.summary(user, id));
		model.addAttribute("uncovered", this.distributions.uncoveredByStatus(user, id));
		model.addAttribute("uncoveredHomes", this.distributions.uncoveredHomes(user, id));
		// Poor and near-poor households of last year whose review for the program's year
		// is
		// not done: the program does not reach them until it is.
		if (program.targets().stream().anyMatch(StatusKind::reviewed)) {
			model.addAttribute("awaitingReview", this.reviews.awaitingReview(user, program.year(), program.areaIds()));
		}
		model.addAttribute("distributions", this.distributions.ofProgram(user, id));
		model.addAttribute("gifts", this.gifts.ofProgram(user, id));
		model.addAttribute("giftLimit", Gifts.LIST_LIMIT);
		model.addAttribute("canManage", this.programs.canManage(user, id));
		model.addAttribute("fund", this.programs.fundOf(user, program));
		model.addAttribute("history", this.audit.history(user.requireWard(), WelfarePrograms.ENTITY, id, page));
		return "welfare/programs/detail";
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, Model model) {
		user.require(Action.APPROVE);
		ProgramForm form = new ProgramForm();
		LocalDate today = LocalDate.now(this.clock);
		form.setYear(today.getYear());
		form.setDate(today);
		form.setAreaIds(new java.util.LinkedHashSet<>());
		Long onlyArea = this.households.onlyAreaInScope(user);
		if (onlyArea != null) {
			form.getAreaIds().add(onlyArea);
		}
		model.addAttribute("programForm", form);
		return form(user, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("programForm") ProgramForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		user.require(Action.APPROVE);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			ProgramView created = this.programs.create(user, form.toDetails());
			redirect.addFlashAttribute("message", "program.created");
			return "redirect:/welfare/programs/" + created.id();
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.APPROVE);
		ProgramView program = this.programs.get(user, id);
		model.addAttribute("programForm", ProgramForm.of(program));
		model.addAttribute("program", program);
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("programForm") ProgramForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.APPROVE);
		model.addAttribute("program", this.programs.get(user, id));
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			this.programs.update(user, id, form.toDetails(), form.getVersion());
			redirect.addFlashAttribute("message", "program.updated");
			return "redirect:/welfare/programs/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("funds", this.programs.fundsToPayFrom(user));
		model.addAttribute("cells", this.cells.names(user));
		model.addAttribute("areas", this.households.areaLabelsInScope(user));
		return "welfare/programs/form";
	}

}
