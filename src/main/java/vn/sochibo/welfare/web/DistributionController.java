package vn.sochibo.welfare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import vn.sochibo.account.Accounts;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.submission.AlreadySubmittedException;
import vn.sochibo.ward.Wards;
import vn.sochibo.welfare.Candidate;
import vn.sochibo.welfare.DistributionReview;
import vn.sochibo.welfare.SigningList;
import vn.sochibo.welfare.DistributionView;
import vn.sochibo.welfare.Distributions;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * Distributing a program's gifts in one action (choose by status × area, review with the
 * flagged households, post all or nothing), the coverage view (eligible households that
 * got nothing), a posted distribution's page and its printable signing list.
 */
@Controller
@RequestMapping("/welfare")
class DistributionController {

	private final Distributions distributions;

	private final WelfarePrograms programs;

	private final Gifts gifts;

	private final Accounts accounts;

	private final Wards wards;

	private final Clock clock;

	private final XlsxDownloads xlsx;

	private final Households households;

	DistributionController(Distributions distributions, WelfarePrograms programs, Gifts gifts, Accounts accounts,
			Wards wards, Clock clock, XlsxDownloads xlsx, Households households) {
		this.households = households;
		this.xlsx = xlsx;
		this.distributions = distributions;
		this.programs = programs;
		this.gifts = gifts;
		this.accounts = accounts;
		this.wards = wards;
		this.clock = clock;
	}

	@ModelAttribute("giftItems")
	GiftItem[] giftItems() {
		return GiftItem.values();
	}

	/**
	 * The eligible households that received nothing of the program, by status and area.
	 */
	@GetMapping("/programs/{id}/coverage")
	String coverage(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) Set<StatusKind> status,
			@RequestParam(required = false) Set<Long> area, Model model) {
		ProgramView program = this.programs.get(user, id);
		selection(program, status, area, this.distributions.coverage(user, id, status, area), model);
		return "welfare/distributions/coverage";
	}

	/**
	 * The coverage as .xlsx: every eligible household of the selection that received
	 * nothing (not only the first {@value Distributions#MAX_HOUSEHOLDS} the page shows).
	 */
	@GetMapping("/programs/{id}/coverage/export.xlsx")
	void exportCoverage(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) Set<StatusKind> status,
			@RequestParam(required = false) Set<Long> area, HttpServletResponse response) {
		ProgramView program = this.programs.get(user, id);
		List<Candidate> uncovered = this.distributions.allUncovered(user, id, status, area);
		Map<Long, String> areaLabels = this.households.areaLabelsInScope(user);
		List<String> filter = new ArrayList<>();
		filter.add(program.name());
		if (status != null) {
			status.forEach((kind) -> filter.add(this.xlsx.message("statusKind." + kind)));
		}
		if (area != null) {
			area.forEach((areaId) -> filter.add(areaLabels.getOrDefault(areaId, String.valueOf(areaId))));
		}
		XlsxTable table = this.xlsx.table(response, "ho-chua-nhan", this.wards.current(user).name(),
				this.xlsx.message("coverage.title"), filter,
				List.of(this.xlsx.column("household.print.no", 6), this.xlsx.column("household.code", 14),
						this.xlsx.column("household.headName", 28), this.xlsx.column("household.address", 36),
						this.xlsx.column("export.gift.area", 16),
						this.xlsx.column("distribution.statusOfYear", 30, program.year())));
		int number = 0;
		for (Candidate c : uncovered) {
			table.row(++number, c.code(), c.headName(), c.address(), c.areaLabel(),
					c.statuses()
						.stream()
						.map((kind) -> this.xlsx.message("statusKind." + kind))
						.collect(Collectors.joining(", ")));
		}
		table.finish();
	}

	/**
	 * The review: the households the selection finds, ticked unless they already got this
	 * program's gift (those are flagged and need their own confirmation).
	 */
	@GetMapping("/programs/{id}/distribute")
	String review(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) Set<StatusKind> status,
			@RequestParam(required = false) Set<Long> area, @RequestParam(defaultValue = "false") boolean uncovered,
			Model model) {
		user.require(Action.WRITE);
		ProgramView program = this.programs.get(user, id);
		DistributionReview review = this.distributions.review(user, id, status, area);
		DistributionForm form = new DistributionForm();
		form.setStatuses((status != null) ? new java.util.LinkedHashSet<>(status) : null);
		form.setAreaIds((area != null) ? new java.util.LinkedHashSet<>(area) : null);
		form.getHouseholdIds().addAll(review.preselected());
		form.setDate(program.suggestedGiftDate(LocalDate.now(this.clock)));
		form.setDeliveredBy(this.accounts.fullNameOf(user.wardId(), user.username()));
		form.setItem(GiftItem.GIFT_PACKAGE);
		model.addAttribute("distributionForm", form);
		return review(user, program, review, model);
	}

	@PostMapping("/programs/{id}/distribute")
	String post(CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("distributionForm") DistributionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.WRITE);
		ProgramView program = this.programs.get(user, id);
		if (!result.hasErrors()) {
			try {
				DistributionView posted = this.distributions.post(user, form.getSubmissionToken(), form.toOrder(id));
				redirect.addFlashAttribute("message", "distribution.posted");
				redirect.addFlashAttribute("messageArgs", List.of(posted.giftCount(), posted.total().toString()));
				return "redirect:/welfare/distributions/" + posted.id();
			}
			catch (AlreadySubmittedException ex) {
				redirect.addFlashAttribute("message", "submission.repeated.distribution");
				return "redirect:/welfare/distributions/" + ex.resultId();
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return review(user, program, this.distributions.review(user, id, form.getStatuses(), form.getAreaIds()), model);
	}

	@GetMapping("/distributions/{id}")
	String show(CurrentUser user, @PathVariable Long id, Model model) {
		DistributionView distribution = this.distributions.get(user, id);
		model.addAttribute("distribution", distribution);
		model.addAttribute("gifts", this.distributions.gifts(user, id));
		model.addAttribute("program", this.programs.get(user, distribution.programId()));
		if (!model.containsAttribute("signedForm")) {
			SignedForm form = new SignedForm();
			form.setSignedOn(LocalDate.now(this.clock));
			model.addAttribute("signedForm", form);
		}
		return "welfare/distributions/detail";
	}

	@PostMapping("/distributions/{id}/signed")
	String signed(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("signedForm") SignedForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		this.distributions.get(user, id);
		if (!result.hasErrors()) {
			try {
				int signed = this.distributions.signed(user, id, form.getSignedOn(), form.toScan());
				redirect.addFlashAttribute("message", "distribution.signed");
				redirect.addFlashAttribute("messageArgs", List.of(signed));
				return "redirect:/welfare/distributions/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, model);
	}

	/**
	 * The signing list (danh sách ký nhận) of a distribution, to print: staff only.
	 */
	@GetMapping("/distributions/{id}/signing-list")
	String signingList(CurrentUser user, @PathVariable Long id, Model model) {
		DistributionView distribution = this.distributions.get(user, id);
		return signingList(user, this.programs.get(user, distribution.programId()), distribution,
				this.distributions.signingList(user, id), model);
	}

	/**
	 * The signing list of every gift of a program in the user's areas (single gifts too).
	 */
	@GetMapping("/programs/{id}/signing-list")
	String programSigningList(CurrentUser user, @PathVariable Long id, Model model) {
		ProgramView program = this.programs.get(user, id);
		return signingList(user, program, null, this.gifts.signingList(user, id), model);
	}

	private String signingList(CurrentUser user, ProgramView program, DistributionView distribution, SigningList list,
			Model model) {
		model.addAttribute("ward", this.wards.current(user));
		model.addAttribute("program", program);
		model.addAttribute("distribution", distribution);
		model.addAttribute("rows", list.rows());
		model.addAttribute("total", list.total());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "welfare/distributions/signing-list";
	}

	private String review(CurrentUser user, ProgramView program, DistributionReview review, Model model) {
		DistributionForm form = (DistributionForm) model.getAttribute("distributionForm");
		selection(program, form.getStatuses(), form.getAreaIds(), review, model);
		if (program.fundId() != null) {
			model.addAttribute("fund", this.programs.fundOf(user, program));
		}
		return "welfare/distributions/review";
	}

	/**
	 * What the selection bar and the list show: the program, what is chosen, the areas to
	 * choose from and the households found.
	 */
	private static void selection(ProgramView program, Set<StatusKind> statuses, Set<Long> areaIds,
			DistributionReview review, Model model) {
		model.addAttribute("program", program);
		model.addAttribute("selectedStatuses", (statuses != null) ? statuses : Set.of());
		model.addAttribute("selectedAreas", (areaIds != null) ? areaIds : Set.of());
		model.addAttribute("areas", review.areas());
		model.addAttribute("candidates", review.candidates());
		model.addAttribute("truncated", review.truncated());
	}

}
