package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
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

import vn.sochibo.fund.Batches;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaperListException;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.PublicUrls;
import vn.sochibo.shared.QrCodes;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.submission.AlreadySubmittedException;
import vn.sochibo.ward.AreaNotFoundException;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Wards;

/**
 * Typing in a paper list of contributions: control count and total first, then the lines;
 * it posts all or nothing, and once however many times it is sent (its one-time token).
 */
@Controller
@RequestMapping("/funds/{id}/batch")
class BatchController {

	private final Funds funds;

	private final Batches batches;

	private final Households households;

	private final MessageSource messages;

	/** The most households a blank list writes in. */
	static final int BLANK_LIST_LIMIT = 2_000;

	/** Empty lines at the end of a blank list, for givers outside the register. */
	static final int BLANK_EXTRA_LINES = 10;

	private final Clock clock;

	private final Wards wards;

	BatchController(Funds funds, Batches batches, Households households, MessageSource messages, Clock clock,
			Wards wards) {
		this.funds = funds;
		this.batches = batches;
		this.households = households;
		this.messages = messages;
		this.clock = clock;
		this.wards = wards;
	}

	@ModelAttribute("methods")
	PaymentMethod[] methods() {
		return new PaymentMethod[] { PaymentMethod.CASH, PaymentMethod.BANK_TRANSFER };
	}

	@GetMapping
	String showForm(CurrentUser user, @PathVariable Long id, Model model) {
		user.require(Action.WRITE);
		BatchForm form = new BatchForm();
		form.setDate(LocalDate.now(this.clock));
		form.setAreaId(this.households.onlyAreaInScope(user));
		model.addAttribute("batchForm", form);
		return view(user, id, model, List.of());
	}

	@PostMapping
	String post(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("batchForm") BatchForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		if (result.hasErrors()) {
			return view(user, id, model, List.of());
		}
		List<String> problems = new ArrayList<>();
		try {
			List<LedgerEntry> posted = this.batches.post(user, form.getSubmissionToken(),
					form.toPaperList(id, BatchLines.parse(form.getLines())));
			redirect.addFlashAttribute("message", "batch.posted");
			redirect.addFlashAttribute("postedCount", posted.size());
			return "redirect:/funds/" + id;
		}
		catch (AlreadySubmittedException ex) {
			redirect.addFlashAttribute("message", "submission.repeated.batch");
			return "redirect:/funds/" + id;
		}
		catch (PaperListException ex) {
			ex.problems()
				.forEach((problem) -> problems.add(line(problem.line(), problem.messageKey(), problem.arguments())));
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
		}
		return view(user, id, model, problems);
	}

	/**
	 * The blank paper list of the fund for one of the user's areas, to print (A4): the
	 * area's households already written in, empty columns for the amount, the display
	 * choice and the signature, lines for givers outside the register, the control count
	 * and total to fill at the bottom, and the QR code of the fund's public page. Without
	 * an area (and more than one in scope) the page asks for one.
	 */
	@GetMapping("/blank")
	String blank(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) Long area, Model model) {
		user.require(Action.WRITE);
		FundSummary fund = this.funds.get(user, id);
		List<AreaView> areas = this.households.areasInScope(user);
		Long shown = (area != null) ? area : ((areas.size() == 1) ? areas.get(0).id() : null);
		model.addAttribute("fund", fund);
		model.addAttribute("areas", areas);
		if (shown == null) {
			return "funds/blank-choose";
		}
		AreaView chosen = areas.stream()
			.filter((candidate) -> candidate.id().equals(shown))
			.findFirst()
			.orElseThrow(() -> new AreaNotFoundException(shown));
		String publicUrl = PublicUrls.absolute(this.wards.current(user).publicBaseUrl(), "/public/funds/" + id);
		model.addAttribute("area", chosen);
		model.addAttribute("households",
				this.households
					.list(user, new HouseholdQuery(null, chosen.id(), null, null), PageRequest.of(0, BLANK_LIST_LIMIT))
					.getContent());
		model.addAttribute("extraLines", BLANK_EXTRA_LINES);
		model.addAttribute("publicUrl", publicUrl);
		model.addAttribute("qrSvg", QrCodes.svg(publicUrl, 96));
		return "funds/blank-list";
	}

	private String line(int number, String key, Object[] arguments) {
		return this.messages.getMessage("batch.line", new Object[] { number }, VietnameseText.LOCALE) + " "
				+ this.messages.getMessage(key, arguments, key, VietnameseText.LOCALE);
	}

	private String view(CurrentUser user, Long id, Model model, List<String> problems) {
		model.addAttribute("fund", this.funds.get(user, id));
		model.addAttribute("areas", this.households.areasInScope(user));
		model.addAttribute("problems", problems);
		return "funds/batch";
	}

}
