package vn.sochibo.project.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.fund.FundingSource;
import vn.sochibo.project.ProjectDetail;
import vn.sochibo.project.ProjectKind;
import vn.sochibo.project.ProjectQuery;
import vn.sochibo.project.ProjectStatus;
import vn.sochibo.project.Projects;
import vn.sochibo.project.UpdateDetails;
import vn.sochibo.project.UploadedPhoto;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Wards;

/**
 * The staff pages of public-works projects: list, detail (with the forms of status,
 * meetings, supervision board and timeline), create, edit, funding plan, and the photos.
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

	static final int PAGE_SIZE = 25;

	/**
	 * Who may open the forms and post them: a user who may not write is refused before
	 * their input is looked at (the service checks again, with the areas).
	 */

	private final Projects projects;

	private final AuditTrail audit;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	ProjectController(Projects projects, AuditTrail audit, Clock clock, Wards wards, XlsxDownloads xlsx) {
		this.wards = wards;
		this.xlsx = xlsx;
		this.projects = projects;
		this.audit = audit;
		this.clock = clock;
	}

	@InitBinder("projectForm")
	void metres(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, "lengthMetres", new MetresEditor());
		binder.registerCustomEditor(BigDecimal.class, "widthMetres", new MetresEditor());
	}

	@ModelAttribute("projectKinds")
	ProjectKind[] projectKinds() {
		return ProjectKind.values();
	}

	@ModelAttribute("projectStatuses")
	ProjectStatus[] projectStatuses() {
		return ProjectStatus.values();
	}

	@ModelAttribute("fundingSources")
	FundingSource[] fundingSources() {
		return FundingSource.values();
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) Long area,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		ProjectQuery query = new ProjectQuery(text, status, area);
		model.addAttribute("projects", this.projects.list(user, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("query", query);
		model.addAttribute("areas", this.projects.areasInScope(user));
		return "projects/list";
	}

	/**
	 * The filtered list as .xlsx: every project it finds, in its order.
	 */
	@GetMapping("/export.xlsx")
	void export(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) Long area,
			HttpServletResponse response) {
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		ProjectQuery query = new ProjectQuery(text, status, area);
		String areaLabel = (area == null) ? null
				: this.projects.areasInScope(user)
					.stream()
					.filter((candidate) -> candidate.id().equals(area))
					.map(AreaView::label)
					.findFirst()
					.orElse(String.valueOf(area));
		List<String> filter = new ArrayList<>();
		filter.add((text != null) ? this.xlsx.message("export.filter.text", text) : null);
		filter.add((status != null) ? this.xlsx.message("projectStatus." + status) : null);
		filter.add(areaLabel);
		XlsxTable table = this.xlsx.table(response, "cong-trinh", this.wards.current(user).name(),
				this.xlsx.message("project.list.title"), filter,
				List.of(this.xlsx.column("project.name", 36), this.xlsx.column("project.kind", 20),
						this.xlsx.column("project.area", 16), this.xlsx.column("project.location", 24),
						this.xlsx.column("project.status", 16), this.xlsx.column("export.project.progress", 10),
						this.xlsx.column("project.plannedStart", 12), this.xlsx.column("project.plan.total", 18),
						this.xlsx.column("project.raised", 18), this.xlsx.column("export.project.inKind", 18),
						this.xlsx.column("project.spent", 18)));
		this.projects.forEach(user, query,
				(p) -> table.row(p.name(), this.xlsx.message("projectKind." + p.kind()), p.areaName(), p.location(),
						this.xlsx.message("projectStatus." + p.status()), p.progress(), p.plannedStart(),
						p.plannedTotal(), p.raised(), p.inKind(), p.spent()));
		table.finish();
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("project", this.projects.get(user, id));
		model.addAttribute("history", this.audit.history(user.requireWard(), Projects.ENTITY, id, page));
		LocalDate today = LocalDate.now(this.clock);
		if (!model.containsAttribute("statusChangeForm")) {
			StatusChangeForm form = new StatusChangeForm();
			form.setStatusDate(today);
			model.addAttribute("statusChangeForm", form);
		}
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", new MeetingForm());
		}
		if (!model.containsAttribute("boardMemberForm")) {
			model.addAttribute("boardMemberForm", new BoardMemberForm());
		}
		if (!model.containsAttribute("projectUpdateForm")) {
			ProjectUpdateForm form = new ProjectUpdateForm();
			form.setUpdateDate(today);
			model.addAttribute("projectUpdateForm", form);
		}
		model.addAttribute("maxBoardMembers", Projects.MAX_BOARD_MEMBERS);
		model.addAttribute("maxPhotos", Projects.MAX_PHOTOS_PER_UPDATE);
		return "projects/detail";
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, @RequestParam(required = false) Long area, Model model) {
		user.require(Action.WRITE);
		ProjectForm form = new ProjectForm();
		form.setAreaId(area);
		model.addAttribute("projectForm", form);
		return form(user, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			ProjectDetail created = this.projects.create(user, form.toDetails());
			redirect.addFlashAttribute("message", "project.created");
			return "redirect:/projects/" + created.id();
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.WRITE);
		ProjectDetail project = this.projects.get(user, id);
		model.addAttribute("projectForm", ProjectForm.of(project));
		model.addAttribute("project", project);
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("projectForm") ProjectForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		// A project outside the user's scope is not found, whatever was typed.
		model.addAttribute("project", this.projects.get(user, id));
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			this.projects.update(user, id, form.toDetails(), form.getVersion());
			redirect.addFlashAttribute("message", "project.updated");
			return "redirect:/projects/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@PostMapping("/{id}/status")
	String changeStatus(CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("statusChangeForm") StatusChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				this.projects.changeStatus(user, id, form.toChange());
				redirect.addFlashAttribute("message", "project.status.changed");
				return "redirect:/projects/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, 0, model);
	}

	@PostMapping("/{id}/meetings")
	String addMeeting(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				this.projects.addMeeting(user, id, form.toDetails());
				redirect.addFlashAttribute("message", "project.meeting.added");
				return "redirect:/projects/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, 0, model);
	}

	@PostMapping("/{id}/meetings/{meetingId}/remove")
	String removeMeeting(CurrentUser user, @PathVariable Long id, @PathVariable Long meetingId,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		try {
			this.projects.removeMeeting(user, id, meetingId);
			redirect.addFlashAttribute("message", "project.meeting.removed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
		}
		return "redirect:/projects/" + id;
	}

	@PostMapping("/{id}/board")
	String addBoardMember(CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("boardMemberForm") BoardMemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				this.projects.addBoardMember(user, id, form.toDetails());
				redirect.addFlashAttribute("message", "project.board.added");
				return "redirect:/projects/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, 0, model);
	}

	@PostMapping("/{id}/board/{memberId}/remove")
	String removeBoardMember(CurrentUser user, @PathVariable Long id, @PathVariable Long memberId,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		try {
			this.projects.removeBoardMember(user, id, memberId);
			redirect.addFlashAttribute("message", "project.board.removed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
		}
		return "redirect:/projects/" + id;
	}

	@PostMapping("/{id}/updates")
	String addUpdate(CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("projectUpdateForm") ProjectUpdateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				this.projects.addUpdate(user, id, new UpdateDetails(form.getUpdateDate(), form.getUpdateText(),
						form.getUpdateProgress(), uploaded(form.getPhotos())));
				redirect.addFlashAttribute("message", "project.update.added");
				return "redirect:/projects/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, 0, model);
	}

	@PostMapping("/{id}/updates/{updateId}/remove")
	String removeUpdate(CurrentUser user, @PathVariable Long id, @PathVariable Long updateId,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		this.projects.removeUpdate(user, id, updateId);
		redirect.addFlashAttribute("message", "project.update.removed");
		return "redirect:/projects/" + id;
	}

	@GetMapping("/{id}/plan")
	String showPlanForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.WRITE);
		ProjectDetail project = this.projects.get(user, id);
		model.addAttribute("project", project);
		model.addAttribute("fundingPlanForm", FundingPlanForm.of(project));
		return "projects/plan";
	}

	@PostMapping("/{id}/plan")
	String savePlan(CurrentUser user, @PathVariable Long id, @ModelAttribute("fundingPlanForm") FundingPlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		model.addAttribute("project", this.projects.get(user, id));
		if (result.hasErrors()) {
			return "projects/plan";
		}
		try {
			this.projects.savePlan(user, id, form.toPlan(), form.getVersion());
			redirect.addFlashAttribute("message", "project.plan.saved");
			return "redirect:/projects/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return "projects/plan";
		}
	}

	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(CurrentUser user, @PathVariable Long id, @PathVariable Long photoId) {
		return this.projects.photo(user, id, photoId)
			.toResponse(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate());
	}

	private static List<UploadedPhoto> uploaded(List<MultipartFile> files) {
		List<UploadedPhoto> photos = new ArrayList<>();
		if (files == null) {
			return photos;
		}
		for (MultipartFile file : files) {
			if (file == null || file.isEmpty()) {
				continue;
			}
			try {
				photos.add(new UploadedPhoto(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new RuleViolationException("photos", "project.photo.unreadable");
			}
		}
		return photos;
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("areas", this.projects.areasInScope(user));
		return "projects/form";
	}

}
