package vn.sochibo.welfare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.submission.AlreadySubmittedException;
import vn.sochibo.ward.Wards;
import vn.sochibo.welfare.DuplicateGiftException;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.welfare.GiftRow;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.ScanContent;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * One gift: giving it to a household of the register, its page (with the cancel and
 * signed-receipt forms), and the scans of signed papers.
 */
@Controller
@RequestMapping("/welfare")
class GiftController {

	private final Gifts gifts;

	private final WelfarePrograms programs;

	private final AuditTrail audit;

	private final Accounts accounts;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	GiftController(Gifts gifts, WelfarePrograms programs, AuditTrail audit, Accounts accounts, Clock clock, Wards wards,
			XlsxDownloads xlsx) {
		this.wards = wards;
		this.xlsx = xlsx;
		this.accounts = accounts;
		this.gifts = gifts;
		this.programs = programs;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("giftItems")
	GiftItem[] giftItems() {
		return GiftItem.values();
	}

	@GetMapping("/programs/{programId}/gifts/new")
	String showCreateForm(CurrentUser user, @PathVariable Long programId,
			@RequestParam(required = false) String household, Model model) {
		user.require(Action.WRITE);
		ProgramView program = this.programs.get(user, programId);
		GiftForm form = new GiftForm();
		form.setHouseholdCode(household);
		form.setDate(program.suggestedGiftDate(LocalDate.now(this.clock)));
		form.setDeliveredBy(this.accounts.fullNameOf(user.wardId(), user.username()));
		model.addAttribute("giftForm", form);
		model.addAttribute("program", program);
		return "welfare/gifts/form";
	}

	@PostMapping("/programs/{programId}/gifts/new")
	String create(CurrentUser user, @PathVariable Long programId, @Valid @ModelAttribute("giftForm") GiftForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		model.addAttribute("program", this.programs.get(user, programId));
		if (result.hasErrors()) {
			return "welfare/gifts/form";
		}
		try {
			GiftRow gift = this.gifts.give(user, form.getSubmissionToken(), programId, form.getHouseholdCode(),
					form.toDetails(form.getMemberName()), form.isConfirmDuplicate());
			redirect.addFlashAttribute("message", "gift.created");
			return "redirect:/welfare/gifts/" + gift.id();
		}
		catch (AlreadySubmittedException ex) {
			redirect.addFlashAttribute("message", "submission.repeated.gift");
			return "redirect:/welfare/gifts/" + ex.resultId();
		}
		catch (DuplicateGiftException ex) {
			ex.addTo(result);
			model.addAttribute("askConfirmation", true);
			return "welfare/gifts/form";
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return "welfare/gifts/form";
		}
	}

	/**
	 * Every gift of a program in the user's areas as .xlsx, newest first as on the
	 * program's page (which shows only the newest {@value Gifts#LIST_LIMIT}), cancelled
	 * ones too.
	 */
	@GetMapping("/programs/{id}/gifts/export.xlsx")
	void export(CurrentUser user, @PathVariable Long id, HttpServletResponse response) {
		ProgramView program = this.programs.get(user, id);
		XlsxTable table = this.xlsx.table(response, "suat-qua", this.wards.current(user).name(),
				this.xlsx.message("gift.list.title"), List.of(program.name()),
				List.of(this.xlsx.column("gift.date", 12), this.xlsx.column("household.code", 14),
						this.xlsx.column("export.gift.recipient", 28), this.xlsx.column("household.address", 36),
						this.xlsx.column("export.gift.area", 16), this.xlsx.column("gift.item", 20),
						this.xlsx.column("gift.itemNote", 28), this.xlsx.column("gift.quantity", 10),
						this.xlsx.column("gift.value", 16), this.xlsx.column("gift.deliveredBy", 22),
						this.xlsx.column("gift.receipt", 16), this.xlsx.column("gift.signedOn", 12),
						this.xlsx.column("export.gift.cancelled", 30)));
		this.gifts.forEachOfProgram(user, id,
				(g) -> table.row(g.date(), g.householdCode(), g.recipient(), g.address(), g.areaLabel(),
						this.xlsx.message("giftItem." + g.item()), g.itemNote(), g.quantity(), g.value(),
						g.deliveredBy(), this.xlsx.message("receiptStatus." + g.receiptStatus()), g.signedOn(),
						g.cancelled() ? this.xlsx.message("export.gift.cancelledBecause", g.cancelReason()) : null));
		table.finish();
	}

	@GetMapping("/gifts/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		GiftRow gift = this.gifts.get(user, id);
		model.addAttribute("gift", gift);
		model.addAttribute("program", this.programs.get(user, gift.programId()));
		model.addAttribute("history", this.audit.history(user.requireWard(), Gifts.ENTITY, id, page));
		if (!model.containsAttribute("cancelGiftForm")) {
			model.addAttribute("cancelGiftForm", new CancelGiftForm());
		}
		if (!model.containsAttribute("signedForm")) {
			SignedForm form = new SignedForm();
			form.setSignedOn(LocalDate.now(this.clock));
			model.addAttribute("signedForm", form);
		}
		return "welfare/gifts/detail";
	}

	@PostMapping("/gifts/{id}/cancel")
	String cancel(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("cancelGiftForm") CancelGiftForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		this.gifts.get(user, id);
		if (!result.hasErrors()) {
			try {
				this.gifts.cancel(user, id, form.getReason());
				redirect.addFlashAttribute("message", "gift.cancelled");
				return "redirect:/welfare/gifts/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, 0, model);
	}

	@PostMapping("/gifts/{id}/signed")
	String signed(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("signedForm") SignedForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.WRITE);
		this.gifts.get(user, id);
		if (!result.hasErrors()) {
			try {
				this.gifts.signed(user, id, form.getSignedOn(), form.toScan());
				redirect.addFlashAttribute("message", "gift.signed");
				return "redirect:/welfare/gifts/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, 0, model);
	}

	@GetMapping("/scans/{id}")
	ResponseEntity<byte[]> scan(CurrentUser user, @PathVariable Long id) {
		ScanContent scan = this.gifts.scan(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(scan.contentType()))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename((scan.fileName() != null) ? scan.fileName() : "scan-" + id,
								java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(scan.bytes());
	}

}
