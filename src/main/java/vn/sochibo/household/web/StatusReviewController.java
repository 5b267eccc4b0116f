package vn.sochibo.household.web;

import java.util.List;

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

import vn.sochibo.household.StatusKind;
import vn.sochibo.household.StatusReviews;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;

/**
 * The yearly review of poor and near-poor households: the ward-level overview of a year
 * (each area's progress) and one screen per area (start, confirm the ticked proposals,
 * end one).
 */
@Controller
@RequestMapping("/households/reviews")
class StatusReviewController {

	private final StatusReviews reviews;

	StatusReviewController(StatusReviews reviews) {
		this.reviews = reviews;
	}

	@ModelAttribute("reviewedKinds")
	List<StatusKind> reviewedKinds() {
		return List.copyOf(StatusKind.reviewedKinds());
	}

	@GetMapping
	String overview(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null) ? year : this.reviews.currentReviewYear();
		model.addAttribute("year", shown);
		model.addAttribute("areas", this.reviews.overview(user, shown));
		return "households/reviews";
	}

	@GetMapping("/{year}/areas/{areaId}")
	String show(CurrentUser user, @PathVariable int year, @PathVariable Long areaId, Model model) {
		model.addAttribute("sheet", this.reviews.sheet(user, year, areaId));
		if (!model.containsAttribute("confirmForm")) {
			model.addAttribute("confirmForm", new ConfirmProposalsForm());
		}
		if (!model.containsAttribute("endForm")) {
			model.addAttribute("endForm", new EndProposalForm());
		}
		return "households/review";
	}

	@PostMapping("/{year}/areas/{areaId}/start")
	String start(CurrentUser user, @PathVariable int year, @PathVariable Long areaId, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		try {
			int proposed = this.reviews.start(user, year, areaId);
			redirect.addFlashAttribute("message", "review.started");
			redirect.addFlashAttribute("messageArgs", List.of(proposed, year));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
		}
		return redirectTo(year, areaId);
	}

	@PostMapping("/{year}/areas/{areaId}/confirm")
	String confirm(CurrentUser user, @PathVariable int year, @PathVariable Long areaId,
			@Valid @ModelAttribute("confirmForm") ConfirmProposalsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				int confirmed = this.reviews.confirm(user, year, areaId, form.toCommand());
				redirect.addFlashAttribute("message", "review.confirmed");
				redirect.addFlashAttribute("messageArgs", List.of(confirmed));
				return redirectTo(year, areaId);
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, year, areaId, model);
	}

	@PostMapping("/{year}/areas/{areaId}/proposals/{proposalId}/end")
	String end(CurrentUser user, @PathVariable int year, @PathVariable Long areaId, @PathVariable Long proposalId,
			@Valid @ModelAttribute("endForm") EndProposalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (!result.hasErrors()) {
			try {
				this.reviews.end(user, year, areaId, proposalId, form.getReason());
				redirect.addFlashAttribute("message", "review.ended");
				return redirectTo(year, areaId);
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		model.addAttribute("endProposalId", proposalId);
		return show(user, year, areaId, model);
	}

	private static String redirectTo(int year, Long areaId) {
		return "redirect:/households/reviews/" + year + "/areas/" + areaId;
	}

}
