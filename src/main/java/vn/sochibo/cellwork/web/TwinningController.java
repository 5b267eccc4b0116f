package vn.sochibo.cellwork.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.TwinningStatus;
import vn.sochibo.cellwork.TwinningTargetKind;
import vn.sochibo.cellwork.TwinningView;
import vn.sochibo.cellwork.Twinnings;
import vn.sochibo.cellwork.web.TwinningPartForms.ActivityForm;
import vn.sochibo.cellwork.web.TwinningPartForms.ProgramForm;
import vn.sochibo.cellwork.web.TwinningPartForms.ProgressForm;
import vn.sochibo.cellwork.web.TwinningPartForms.TargetForm;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

/**
 * A cell's twinnings and a twinning's page (reached through any of its own-ward cells),
 * with its targets, progress, joint activities and linked gift programs.
 */
@Controller
@RequestMapping("/cellwork/{cellId}/twinnings")
class TwinningController {

	private final Twinnings twinnings;

	private final CellAccess access;

	private final Cells cells;

	private final Areas areas;

	private final AuditTrail audit;

	private final Clock clock;

	TwinningController(Twinnings twinnings, CellAccess access, Cells cells, Areas areas, AuditTrail audit,
			Clock clock) {
		this.twinnings = twinnings;
		this.access = access;
		this.cells = cells;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("menu")
	String menu() {
		return "cellwork";
	}

	@ModelAttribute("twinningStatuses")
	TwinningStatus[] twinningStatuses() {
		return TwinningStatus.values();
	}

	@ModelAttribute("targetKinds")
	TwinningTargetKind[] targetKinds() {
		return TwinningTargetKind.values();
	}

	@GetMapping
	String list(CurrentUser user, @PathVariable Long cellId, Model model) {
		model.addAttribute("cell", this.access.require(user, Action.READ_CELL_WORK, cellId));
		model.addAttribute("twinnings", this.twinnings.list(user, cellId));
		model.addAttribute("writer", this.access.permits(user, Action.WRITE_CELL_WORK, cellId));
		return "cellwork/twinnings/list";
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, @PathVariable Long cellId, Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		TwinningForm form = new TwinningForm();
		int year = LocalDate.now(this.clock).getYear();
		form.setFromYear(year);
		form.setToYear(year + 3);
		model.addAttribute("twinningForm", form);
		return formPage(user, cell, null, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @PathVariable Long cellId, @Valid @ModelAttribute("twinningForm") TwinningForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		if (!result.hasErrors()) {
			try {
				TwinningView created = this.twinnings.create(user, cellId, form.toDetails());
				redirect.addFlashAttribute("message", "twinning.created");
				return "redirect:/cellwork/" + cellId + "/twinnings/" + created.id();
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return formPage(user, cell, null, model);
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return detail(user, cellId, this.twinnings.get(user, cellId, id), Math.max(page, 0), model);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id, Model model) {
		TwinningView twinning = this.twinnings.get(user, cellId, id);
		CellView owner = this.access.require(user, Action.WRITE_CELL_WORK, twinning.ownerCellId());
		model.addAttribute("twinningForm", TwinningForm.of(twinning));
		model.addAttribute("cell", this.access.require(user, Action.READ_CELL_WORK, cellId));
		return formPage(user, owner, twinning, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("twinningForm") TwinningForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TwinningView twinning = this.twinnings.get(user, cellId, id);
		CellView owner = this.access.require(user, Action.WRITE_CELL_WORK, twinning.ownerCellId());
		if (!result.hasErrors()) {
			try {
				this.twinnings.update(user, cellId, id, form.toDetails(), form.getVersion());
				redirect.addFlashAttribute("message", "twinning.updated");
				return "redirect:/cellwork/" + cellId + "/twinnings/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return formPage(user, owner, twinning, model);
	}

	@PostMapping("/{id}/targets")
	String addTarget(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return addPart(user, cellId, id, result, model, redirect, "twinning.target.added",
				() -> this.twinnings.addTarget(user, cellId, id, form.toDetails()));
	}

	@PostMapping("/{id}/progress")
	String addProgress(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return addPart(user, cellId, id, result, model, redirect, "twinning.progress.added",
				() -> this.twinnings.addProgress(user, cellId, id, form.getTargetId(), form.toEntry()));
	}

	@PostMapping("/{id}/activities")
	String addActivity(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return addPart(user, cellId, id, result, model, redirect, "twinning.activity.added",
				() -> this.twinnings.addActivity(user, cellId, id, form.toActivity()));
	}

	@PostMapping("/{id}/programs")
	String linkProgram(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("programForm") ProgramForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return addPart(user, cellId, id, result, model, redirect, "twinning.program.added",
				() -> this.twinnings.linkProgram(user, cellId, id, form.getProgramId()));
	}

	private TwinningView writable(CurrentUser user, Long cellId, Long id) {
		user.require(Action.WRITE_CELL_WORK);
		TwinningView twinning = this.twinnings.get(user, cellId, id);
		this.access.require(user, Action.WRITE_CELL_WORK, twinning.ownerCellId());
		return twinning;
	}

	private static String done(RedirectAttributes redirect, String message, Long cellId, Long id) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/cellwork/" + cellId + "/twinnings/" + id;
	}

	private String formPage(CurrentUser user, CellView owner, TwinningView twinning, Model model) {
		if (!model.containsAttribute("cell")) {
			model.addAttribute("cell", owner);
		}
		model.addAttribute("owner", owner);
		model.addAttribute("twinning", twinning);
		model.addAttribute("otherCells",
				this.cells.list(user).stream().filter((cell) -> !cell.id().equals(owner.id())).toList());
		return "cellwork/twinnings/form";
	}

	private String detail(CurrentUser user, Long cellId, TwinningView twinning, int page, Model model) {
		boolean writer = this.twinnings.canWrite(user, twinning);
		model.addAttribute("cell", this.access.require(user, Action.READ_CELL_WORK, cellId));
		model.addAttribute("twinning", twinning);
		model.addAttribute("writer", writer);
		if (writer) {
			if (!model.containsAttribute("targetForm")) {
				model.addAttribute("targetForm", new TargetForm());
			}
			if (!model.containsAttribute("progressForm")) {
				ProgressForm progress = new ProgressForm();
				progress.setDate(LocalDate.now(this.clock));
				model.addAttribute("progressForm", progress);
			}
			if (!model.containsAttribute("activityForm")) {
				ActivityForm activity = new ActivityForm();
				activity.setDate(LocalDate.now(this.clock));
				model.addAttribute("activityForm", activity);
			}
			if (!model.containsAttribute("programForm")) {
				model.addAttribute("programForm", new ProgramForm());
			}
			model.addAttribute("areas", this.areas.active(user));
			model.addAttribute("programChoices", this.twinnings.programChoices(user, twinning.ownerCellId()));
		}
		model.addAttribute("history", this.audit.history(user.requireWard(), Twinnings.ENTITY, twinning.id(), page));
		return "cellwork/twinnings/detail";
	}

	/**
	 * Adds a part to a twinning from its page (a target, progress, a joint activity, a
	 * program): the user must write for it (404 otherwise); a refused part is shown
	 * beside its field on the page again, nothing written.
	 */
	private String addPart(CurrentUser user, Long cellId, Long id, BindingResult result, Model model,
			RedirectAttributes redirect, String message, Runnable add) {
		TwinningView twinning = writable(user, cellId, id);
		if (!result.hasErrors()) {
			try {
				add.run();
				return done(redirect, message, cellId, id);
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return detail(user, cellId, twinning, 0, model);
	}

}
