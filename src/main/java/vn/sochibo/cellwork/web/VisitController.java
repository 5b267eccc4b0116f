package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.RecommendationStatus;
import vn.sochibo.cellwork.VisitNotFoundException;
import vn.sochibo.cellwork.VisitView;
import vn.sochibo.cellwork.Visits;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.CellView;

/**
 * Visits of higher officials to a cell, their recommendations and follow-up notes, and
 * the overview of open recommendations per cell. Staff pages of the cell only.
 */
@Controller
class VisitController {

	static final int PAGE_SIZE = 20;

	private final Visits visits;

	private final CellAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	VisitController(Visits visits, CellAccess access, AuditTrail audit, Clock clock) {
		this.visits = visits;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("menu")
	String menu() {
		return "cellwork";
	}

	@ModelAttribute("recommendationStatuses")
	RecommendationStatus[] recommendationStatuses() {
		return RecommendationStatus.values();
	}

	@GetMapping("/cellwork/recommendations")
	String overview(CurrentUser user, Model model) {
		model.addAttribute("counts", this.visits.overview(user));
		return "cellwork/visits/overview";
	}

	@GetMapping("/cellwork/{cellId}/visits")
	String list(CurrentUser user, @PathVariable Long cellId, @RequestParam(defaultValue = "0") int page, Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		model.addAttribute("cell", cell);
		model.addAttribute("visits", this.visits.list(user, cellId, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("open", this.visits.openRecommendations(user, cellId));
		model.addAttribute("writer", this.access.permits(user, Action.WRITE_CELL_WORK, cellId));
		return "cellwork/visits/list";
	}

	@GetMapping("/cellwork/{cellId}/visits/new")
	String showCreateForm(CurrentUser user, @PathVariable Long cellId, Model model) {
		model.addAttribute("cell", this.access.require(user, Action.WRITE_CELL_WORK, cellId));
		model.addAttribute("visitForm", VisitForm.empty(LocalDate.now(this.clock)));
		return "cellwork/visits/form";
	}

	@PostMapping("/cellwork/{cellId}/visits/new")
	String create(CurrentUser user, @PathVariable Long cellId, @Valid @ModelAttribute("visitForm") VisitForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		if (!result.hasErrors()) {
			try {
				VisitView created = this.visits.record(user, cellId, form.toDetails());
				redirect.addFlashAttribute("message", "visit.created");
				return "redirect:/cellwork/" + cellId + "/visits/" + created.id();
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		form.fill();
		model.addAttribute("cell", cell);
		return "cellwork/visits/form";
	}

	@GetMapping("/cellwork/{cellId}/visits/{id}")
	String show(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		VisitView visit = this.visits.get(user, cellId, id);
		if (!model.containsAttribute("recommendationForm")) {
			model.addAttribute("recommendationForm", new RecommendationForm());
		}
		return detail(user, visit, page, model);
	}

	@GetMapping("/cellwork/{cellId}/visits/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id, Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		VisitView visit = this.visits.get(user, cellId, id);
		model.addAttribute("cell", cell);
		model.addAttribute("visit", visit);
		model.addAttribute("visitForm", VisitForm.of(visit));
		return "cellwork/visits/form";
	}

	@PostMapping("/cellwork/{cellId}/visits/{id}/edit")
	String update(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("visitForm") VisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		VisitView visit = this.visits.get(user, cellId, id);
		if (!result.hasErrors()) {
			try {
				this.visits.update(user, cellId, id, form.toDetails(), form.getVersion());
				redirect.addFlashAttribute("message", "visit.updated");
				return "redirect:/cellwork/" + cellId + "/visits/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		form.fill();
		model.addAttribute("cell", cell);
		model.addAttribute("visit", visit);
		return "cellwork/visits/form";
	}

	@PostMapping("/cellwork/{cellId}/visits/{id}/recommendations")
	String addRecommendation(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("recommendationForm") RecommendationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		VisitView visit = this.visits.get(user, cellId, id);
		if (!result.hasErrors()) {
			try {
				this.visits.addRecommendation(user, cellId, id, form.toDetails());
				redirect.addFlashAttribute("message", "recommendation.added");
				return "redirect:/cellwork/" + cellId + "/visits/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return detail(user, visit, 0, model);
	}

	@GetMapping("/cellwork/{cellId}/visits/{id}/recommendations/{recommendationId}/follow-up")
	String showFollowUpForm(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@PathVariable Long recommendationId, Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		VisitView visit = this.visits.get(user, cellId, id);
		VisitView.RecommendationView recommendation = recommendation(visit, recommendationId);
		RecommendationFollowUpForm form = new RecommendationFollowUpForm();
		form.setDate(LocalDate.now(this.clock));
		form.setVersion(recommendation.version());
		model.addAttribute("followUpForm", form);
		return followUpPage(cell, visit, recommendation, model);
	}

	@PostMapping("/cellwork/{cellId}/visits/{id}/recommendations/{recommendationId}/follow-up")
	String followUp(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@PathVariable Long recommendationId, @Valid @ModelAttribute("followUpForm") RecommendationFollowUpForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		VisitView visit = this.visits.get(user, cellId, id);
		VisitView.RecommendationView recommendation = recommendation(visit, recommendationId);
		if (!result.hasErrors()) {
			try {
				this.visits.followUp(user, cellId, recommendationId, form.toFollowUp(), form.getVersion());
				redirect.addFlashAttribute("message", "followUp.added");
				return "redirect:/cellwork/" + cellId + "/visits/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return followUpPage(cell, visit, recommendation, model);
	}

	private static VisitView.RecommendationView recommendation(VisitView visit, Long recommendationId) {
		return visit.recommendations()
			.stream()
			.filter((recommendation) -> recommendation.id().equals(recommendationId))
			.findFirst()
			.orElseThrow(() -> new VisitNotFoundException("recommendation " + recommendationId));
	}

	private String followUpPage(CellView cell, VisitView visit, VisitView.RecommendationView recommendation,
			Model model) {
		model.addAttribute("cell", cell);
		model.addAttribute("visit", visit);
		model.addAttribute("recommendation", recommendation);
		return "cellwork/visits/follow-up";
	}

	private String detail(CurrentUser user, VisitView visit, int page, Model model) {
		Long cellId = visit.cellId();
		boolean writer = this.access.permits(user, Action.WRITE_CELL_WORK, cellId);
		model.addAttribute("cell", this.access.require(user, Action.READ_CELL_WORK, cellId));
		model.addAttribute("visit", visit);
		model.addAttribute("writer", writer);
		if (writer) {
			model.addAttribute("responsibleChoices", this.visits.responsibleChoices(user, cellId));
		}
		model.addAttribute("history",
				this.audit.historyWithParts(user.requireWard(), Visits.ENTITY, visit.id(), Math.max(page, 0)));
		return "cellwork/visits/detail";
	}

}
