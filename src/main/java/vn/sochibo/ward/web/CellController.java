package vn.sochibo.ward.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

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
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.CellView.CellAreaView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.Wards;

@Controller
@RequestMapping("/cells")
class CellController {

	private final Cells cells;

	private final Areas areas;

	private final AuditTrail audit;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	CellController(Cells cells, Areas areas, AuditTrail audit, Clock clock, Wards wards, XlsxDownloads xlsx) {
		this.wards = wards;
		this.xlsx = xlsx;
		this.cells = cells;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("cells", this.cells.list(user));
		return "cells/list";
	}

	/** The cells list as .xlsx, every cell with the areas it covers today. */
	@GetMapping("/export.xlsx")
	void export(CurrentUser user, HttpServletResponse response) {
		List<CellView> cells = this.cells.list(user);
		XlsxTable table = this.xlsx.table(response, "chi-bo", this.wards.current(user).name(),
				this.xlsx.message("cell.list.title"), List.of(),
				List.of(this.xlsx.column("cell.name", 30), this.xlsx.column("cell.secretaryName", 26),
						this.xlsx.column("cell.areas", 40), this.xlsx.column("common.validFrom", 12),
						this.xlsx.column("common.validTo", 12)));
		for (CellView c : cells) {
			table.row(c.name(), c.secretaryName(),
					c.currentAreas().stream().map(CellAreaView::areaLabel).collect(Collectors.joining(", ")),
					c.validFrom(), c.validTo());
		}
		table.finish();
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("cell", this.cells.get(user, id));
		model.addAttribute("history", this.audit.history(user.requireWard(), Cells.ENTITY, id, page));
		return "cells/detail";
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, Model model) {
		user.require(Action.MANAGE_WARD);
		CellForm form = new CellForm();
		form.setValidFrom(LocalDate.now(this.clock));
		model.addAttribute("cellForm", form);
		return form(user, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("cellForm") CellForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.MANAGE_WARD);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			CellView cell = this.cells.create(user, form.toDetails());
			redirect.addFlashAttribute("message", "cell.created");
			return "redirect:/cells/" + cell.id();
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.MANAGE_WARD);
		model.addAttribute("cellForm", CellForm.of(this.cells.get(user, id)));
		model.addAttribute("cellId", id);
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("cellForm") CellForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.MANAGE_WARD);
		model.addAttribute("cellId", id);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			this.cells.update(user, id, form.toDetails(), form.getVersion());
			redirect.addFlashAttribute("message", "cell.updated");
			return "redirect:/cells/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("areaOptions", this.areas.activeLabels(user));
		return "cells/form";
	}

}
