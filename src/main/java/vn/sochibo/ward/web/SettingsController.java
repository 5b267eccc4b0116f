package vn.sochibo.ward.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.PublicUrls;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.Wards;

@Controller
@RequestMapping("/settings")
class SettingsController {

	private final Wards wards;

	private final AuditTrail audit;

	SettingsController(Wards wards, AuditTrail audit) {
		this.wards = wards;
		this.audit = audit;
	}

	@GetMapping
	String showEditForm(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("settingsForm", WardSettingsForm.of(this.wards.current(user)));
		return view(user, page, model);
	}

	@PostMapping
	String update(CurrentUser user, @Valid @ModelAttribute("settingsForm") WardSettingsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(user, 0, model);
		}
		try {
			this.wards.updateSettings(user, form.toSettings(), form.getVersion());
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return view(user, 0, model);
		}
		redirect.addFlashAttribute("message", "settings.updated");
		return "redirect:/settings";
	}

	/**
	 * When the Party committee's term began (documents are numbered from 01 within it);
	 * blank clears it. A date in the future or before 2000 is refused with a message.
	 */
	@PostMapping("/party-term")
	String startPartyTerm(CurrentUser user,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate startsOn,
			@RequestParam Integer version, RedirectAttributes redirect) {
		try {
			this.wards.startPartyTerm(user, startsOn, version);
			redirect.addFlashAttribute("message", "settings.partyTerm.saved");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
		}
		return "redirect:/settings";
	}

	/**
	 * The settings page; while the ward has no public address, it says which address the
	 * QR codes use meanwhile (the one the page was opened at).
	 */
	private String view(CurrentUser user, int page, Model model) {
		model.addAttribute("publicAddressMissing", this.wards.current(user).publicBaseUrl() == null);
		model.addAttribute("ward", this.wards.current(user));
		model.addAttribute("currentAddress", PublicUrls.ofRequest());
		model.addAttribute("history", this.audit.history(user.requireWard(), "WARD", user.requireWard(), page));
		return "settings/form";
	}

}
