package vn.sochibo.account.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.account.Accounts;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.Wards;

/**
 * The system admin's screens: the wards of the deployment and a new ward with its first
 * admin.
 */
@Controller
@RequestMapping("/system/wards")
class SystemWardController {

	private final Wards wards;

	private final Accounts accounts;

	SystemWardController(Wards wards, Accounts accounts) {
		this.wards = wards;
		this.accounts = accounts;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("wards", this.wards.list(user));
		return "system/wards";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		NewWardForm form = new NewWardForm();
		form.getWard().setUnitLabel("Khu vực");
		model.addAttribute("newWardForm", form);
		return "system/ward-form";
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("newWardForm") NewWardForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "system/ward-form";
		}
		try {
			this.accounts.createWard(user, form.getWard().toSettings(), form.getAdminUsername(),
					form.getAdminFullName(), form.getAdminPassword());
		}
		catch (RuleViolationException ex) {
			String field = ex.field();
			if ("name".equals(field)) {
				result.rejectValue("ward.name", ex.messageKey());
			}
			else {
				ex.addTo(result);
			}
			return "system/ward-form";
		}
		redirect.addFlashAttribute("message", "ward.created");
		return "redirect:/system/wards";
	}

}
