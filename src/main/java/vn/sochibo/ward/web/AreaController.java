package vn.sochibo.ward.web;

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
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.AreaKind;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.Wards;

@Controller
@RequestMapping("/areas")
class AreaController {

	private final Areas areas;

	private final AuditTrail audit;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	AreaController(Areas areas, AuditTrail audit, Clock clock, Wards wards, XlsxDownloads xlsx) {
		this.wards = wards;
		this.xlsx = xlsx;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("areas", this.areas.list(user));
		return "areas/list";
	}

	/** The areas list as .xlsx, every area as on the page. */
	@GetMapping("/export.xlsx")
	void export(CurrentUser user, HttpServletResponse response) {
		List<AreaView> areas = this.areas.list(user);
		XlsxTable table = this.xlsx.table(response, "khu-dan-cu", this.wards.current(user).name(),
				this.xlsx.message("area.list.title"), List.of(),
				List.of(this.xlsx.column("area.code", 10), this.xlsx.column("area.name", 28),
						this.xlsx.column("area.kind", 16), this.xlsx.column("common.validFrom", 12),
						this.xlsx.column("common.validTo", 12), this.xlsx.column("area.status", 30)));
		for (AreaView a : areas) {
			String status = (a.mergedIntoId() != null) ? this.xlsx.message("area.status.merged", a.mergedIntoName())
					: (a.validTo() != null) ? this.xlsx.message("area.status.ended")
							: this.xlsx.message("area.status.active");
			table.row(a.code(), a.name(), this.xlsx.message("area.kind." + a.kind()), a.validFrom(), a.validTo(),
					status);
		}
		table.finish();
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		AreaView area = this.areas.get(user, id);
		model.addAttribute("area", area);
		model.addAttribute("history", this.audit.history(user.requireWard(), Areas.ENTITY, id, page));
		if (!model.containsAttribute("mergeForm")) {
			MergeForm mergeForm = new MergeForm();
			mergeForm.setDate(LocalDate.now(this.clock));
			model.addAttribute("mergeForm", mergeForm);
		}
		model.addAttribute("mergeTargets",
				this.areas.active(user).stream().filter((candidate) -> !candidate.id().equals(id)).toList());
		return "areas/detail";
	}

	@ModelAttribute("areaKinds")
	AreaKind[] areaKinds() {
		return AreaKind.values();
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, Model model) {
		user.require(Action.MANAGE_WARD);
		AreaForm form = new AreaForm();
		form.setValidFrom(LocalDate.now(this.clock));
		model.addAttribute("areaForm", form);
		return "areas/form";
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("areaForm") AreaForm form, BindingResult result,
			RedirectAttributes redirect) {
		user.require(Action.MANAGE_WARD);
		if (result.hasErrors()) {
			return "areas/form";
		}
		try {
			AreaView area = this.areas.create(user, form.toDetails());
			redirect.addFlashAttribute("message", "area.created");
			return "redirect:/areas/" + area.id();
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return "areas/form";
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.MANAGE_WARD);
		model.addAttribute("areaForm", AreaForm.of(this.areas.get(user, id)));
		model.addAttribute("areaId", id);
		return "areas/form";
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("areaForm") AreaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.MANAGE_WARD);
		model.addAttribute("areaId", id);
		if (result.hasErrors()) {
			return "areas/form";
		}
		try {
			this.areas.update(user, id, form.toDetails(), form.getVersion());
			redirect.addFlashAttribute("message", "area.updated");
			return "redirect:/areas/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return "areas/form";
		}
	}

	@PostMapping("/{id}/merge")
	String merge(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("mergeForm") MergeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.MANAGE_WARD);
		if (!result.hasErrors()) {
			try {
				this.areas.merge(user, id, form.getTargetId(), form.getDate());
				redirect.addFlashAttribute("message", "area.merged");
				return "redirect:/areas/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, 0, model);
	}

}
