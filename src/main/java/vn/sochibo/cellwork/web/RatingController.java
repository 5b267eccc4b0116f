package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditEntryView;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.CellRatingYear;
import vn.sochibo.cellwork.MemberRatingRow;
import vn.sochibo.cellwork.MemberRatings;
import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.cellwork.RatingStepKind;
import vn.sochibo.cellwork.RatingSubject;
import vn.sochibo.cellwork.RatingView;
import vn.sochibo.cellwork.Ratings;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.CellView;

/**
 * The annual rating pages of a cell: the regulations, the cell's rating of a year with
 * its steps and the form of the next one, its members' ratings with the quick proposal of
 * many, and a member's rating with their history. Staff pages only (members' ratings are
 * as private as members).
 */
@Controller
class RatingController {

	/** How many past years the year links offer. */
	static final int YEARS_BACK = 4;

	private final Ratings ratings;

	private final CellAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	RatingController(Ratings ratings, CellAccess access, AuditTrail audit, Clock clock) {
		this.ratings = ratings;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("menu")
	String menu() {
		return "cellwork";
	}

	@ModelAttribute("ratingLevels")
	RatingLevel[] ratingLevels() {
		return RatingLevel.values();
	}

	@ModelAttribute("stepKinds")
	RatingStepKind[] stepKinds() {
		return RatingStepKind.values();
	}

	@GetMapping("/cellwork/regulations")
	String regulations(CurrentUser user, Model model) {
		model.addAttribute("regulations", this.ratings.regulations(user));
		model.addAttribute("subjects", RatingSubject.values());
		return "cellwork/ratings/regulations";
	}

	@GetMapping("/cellwork/{cellId}/ratings")
	String show(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = (year != null) ? year : thisYear();
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		CellRatingYear page = this.ratings.year(user, cellId, shown);
		RatingStepForm form = nextStep(page.cellRating(), shown, null);
		List<RatingStepKind> kinds = kinds(page.cellRating(), user.may(Action.DECIDE_CELL_RATING));
		if (!kinds.isEmpty() && !kinds.contains(form.getKind())) {
			form.setKind(kinds.get(0));
		}
		model.addAttribute("ratingStepForm", form);
		return cellPage(user, cell, page, model);
	}

	@PostMapping("/cellwork/{cellId}/ratings/steps")
	String recordCell(CurrentUser user, @PathVariable Long cellId,
			@Valid @ModelAttribute("ratingStepForm") RatingStepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		int year = (form.getYear() != null) ? form.getYear() : thisYear();
		if (!result.hasErrors()) {
			try {
				this.ratings.recordCell(user, cellId, year, form.toCommand(), form.getVersion());
				redirect.addFlashAttribute("message", "rating.step.recorded");
				return "redirect:/cellwork/" + cellId + "/ratings?year=" + year;
			}
			catch (RuleViolationException ex) {
				addTo(ex, result);
			}
		}
		return cellPage(user, cell, this.ratings.year(user, cellId, year), model);
	}

	@GetMapping("/cellwork/{cellId}/ratings/members/{memberId}")
	String showMember(CurrentUser user, @PathVariable Long cellId, @PathVariable Long memberId,
			@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null) ? year : thisYear();
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		MemberRatings page = this.ratings.member(user, cellId, memberId, shown);
		if (!model.containsAttribute("ratingStepForm")) {
			model.addAttribute("ratingStepForm", nextStep(page.rating(), shown, cell.name()));
		}
		return memberPage(user, cell, page, model);
	}

	@PostMapping("/cellwork/{cellId}/ratings/members/{memberId}/steps")
	String recordMember(CurrentUser user, @PathVariable Long cellId, @PathVariable Long memberId,
			@Valid @ModelAttribute("ratingStepForm") RatingStepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		int year = (form.getYear() != null) ? form.getYear() : thisYear();
		// A member the user may not read is not found, whatever was typed.
		MemberRatings page = this.ratings.member(user, cellId, memberId, year);
		if (!result.hasErrors()) {
			try {
				this.ratings.recordMember(user, cellId, memberId, year, form.toCommand(), form.getVersion());
				redirect.addFlashAttribute("message", "rating.step.recorded");
				return "redirect:/cellwork/" + cellId + "/ratings/members/" + memberId + "?year=" + year;
			}
			catch (RuleViolationException ex) {
				addTo(ex, result);
			}
		}
		return memberPage(user, cell, page, model);
	}

	@GetMapping("/cellwork/{cellId}/ratings/proposals")
	String showProposals(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = (year != null) ? year : thisYear();
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		CellRatingYear page = this.ratings.year(user, cellId, shown);
		ProposalsForm form = new ProposalsForm();
		form.setYear(shown);
		for (MemberRatingRow row : page.awaitingProposal()) {
			ProposalsForm.Row line = new ProposalsForm.Row();
			line.setMemberId(row.memberId());
			line.setVersion(row.rating().version());
			row.rating().latest(RatingStepKind.SELF).ifPresent((self) -> {
				line.setScore(self.score());
				line.setLevel(self.level());
			});
			form.getRows().add(line);
		}
		model.addAttribute("proposalsForm", form);
		return proposalsPage(cell, page, model);
	}

	@PostMapping("/cellwork/{cellId}/ratings/proposals")
	String proposeAll(CurrentUser user, @PathVariable Long cellId,
			@Valid @ModelAttribute("proposalsForm") ProposalsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		int year = (form.getYear() != null) ? form.getYear() : thisYear();
		if (!result.hasErrors()) {
			try {
				int recorded = this.ratings.proposeAll(user, cellId, year, form.toProposals());
				redirect.addFlashAttribute("message", "rating.proposals.recorded");
				redirect.addFlashAttribute("messageArgs", List.of(recorded));
				return "redirect:/cellwork/" + cellId + "/ratings?year=" + year;
			}
			catch (RuleViolationException ex) {
				addTo(ex, result);
			}
		}
		return proposalsPage(cell, this.ratings.year(user, cellId, year), model);
	}

	private String cellPage(CurrentUser user, CellView cell, CellRatingYear page, Model model) {
		model.addAttribute("cell", cell);
		model.addAttribute("page", page);
		model.addAttribute("years", years());
		List<RatingStepKind> kinds = kinds(page.cellRating(), user.may(Action.DECIDE_CELL_RATING));
		model.addAttribute("kinds", kinds);
		model.addAttribute("canDecide", kinds.contains(RatingStepKind.DECISION));
		model.addAttribute("subject", RatingSubject.CELL);
		model.addAttribute("history", history(user, page.cellRating()));
		model.addAttribute("writer", this.access.permits(user, Action.WRITE_CELL_WORK, cell.id()));
		return "cellwork/ratings/cell";
	}

	private String memberPage(CurrentUser user, CellView cell, MemberRatings page, Model model) {
		model.addAttribute("cell", cell);
		model.addAttribute("page", page);
		model.addAttribute("years", years());
		List<RatingStepKind> kinds = kinds(page.rating(), true);
		model.addAttribute("kinds", kinds);
		model.addAttribute("canDecide", kinds.contains(RatingStepKind.DECISION));
		model.addAttribute("subject", RatingSubject.MEMBER);
		model.addAttribute("history", history(user, page.rating()));
		model.addAttribute("writer", this.access.permits(user, Action.WRITE_CELL_WORK, cell.id()));
		return "cellwork/ratings/member";
	}

	/** The rating's audit trail (its first page), or null before its first step. */
	private Page<AuditEntryView> history(CurrentUser user, RatingView rating) {
		return (rating != null) ? this.audit.history(user.requireWard(), Ratings.ENTITY, rating.id(), 0) : null;
	}

	private String proposalsPage(CellView cell, CellRatingYear page, Model model) {
		Map<Long, String> names = new LinkedHashMap<>();
		page.members().forEach((row) -> names.put(row.memberId(), row.fullName()));
		model.addAttribute("cell", cell);
		model.addAttribute("page", page);
		model.addAttribute("names", names);
		return "cellwork/ratings/proposals";
	}

	/**
	 * The steps the user may record next; a cell's decision only for those who may decide
	 * it.
	 */
	private static List<RatingStepKind> kinds(RatingView rating, boolean mayDecide) {
		List<RatingStepKind> next = (rating != null) ? rating.nextKinds() : List.of(RatingStepKind.SELF);
		List<RatingStepKind> kinds = new ArrayList<>(next);
		if (!mayDecide) {
			kinds.remove(RatingStepKind.DECISION);
		}
		return kinds;
	}

	/**
	 * A form for the step after the rating's latest, filled with its score and level.
	 */
	private RatingStepForm nextStep(RatingView rating, int year, String body) {
		RatingStepForm form = new RatingStepForm();
		form.setYear(year);
		List<RatingStepKind> next = (rating != null) ? rating.nextKinds() : List.of(RatingStepKind.SELF);
		form.setKind(next.get(0));
		if (rating != null) {
			form.setVersion(rating.version());
			rating.current().ifPresent((step) -> {
				form.setScore(step.score());
				form.setLevel(step.level());
			});
		}
		form.setCompetentBody(body);
		form.setDecidedOn(LocalDate.now(this.clock));
		return form;
	}

	private static void addTo(RuleViolationException ex, BindingResult result) {
		if ("year".equals(ex.field())) {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
		else {
			ex.addTo(result);
		}
	}

	private List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (int year = thisYear(); year >= thisYear() - YEARS_BACK; year--) {
			years.add(year);
		}
		return years;
	}

	private int thisYear() {
		return LocalDate.now(this.clock).getYear();
	}

}
