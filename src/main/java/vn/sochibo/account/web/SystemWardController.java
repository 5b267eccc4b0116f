package vn.sochibo.account.web;

import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.account.Accounts;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.Wards;

/**
 * The system admin's screens: the wards of the deployment, a new ward with its first
 * admin, a ward's name and superior body, and its admins' passwords — never the ward's
 * records.
 */
@Controller
@RequestMapping("/system/wards")
class SystemWardController {

	/** The fields of the nested ward settings a service rule may name. */
	private static final Set<String> WARD_FIELDS = Set.of("name", "publicBaseUrl");

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
			if (WARD_FIELDS.contains(field)) {
				result.rejectValue("ward." + field, ex.messageKey(), ex.arguments(), null);
			}
			else {
				ex.addTo(result);
			}
			return "system/ward-form";
		}
		redirect.addFlashAttribute("message", "ward.created");
		return "redirect:/system/wards";
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, Model model) {
		model.addAttribute("ward", this.wards.getForOperator(user, id));
		model.addAttribute("admins", this.accounts.wardAdmins(user, id));
		return "system/ward";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		model.addAttribute("wardForm", WardIdentityForm.of(this.wards.getForOperator(user, id)));
		model.addAttribute("wardId", id);
		return "system/ward-edit";
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("wardForm") WardIdentityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("wardId", id);
		this.wards.getForOperator(user, id);
		if (result.hasErrors()) {
			return "system/ward-edit";
		}
		try {
			this.wards.updateIdentity(user, id, form.toIdentity(), form.getVersion());
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return "system/ward-edit";
		}
		redirect.addFlashAttribute("message", "system.ward.updated");
		return "redirect:/system/wards/" + id;
	}

	@GetMapping("/{id}/admins/{adminId}/password")
	String showPasswordForm(CurrentUser user, @PathVariable Long id, @PathVariable Long adminId, Model model) {
		model.addAttribute("passwordForm", new AdminPasswordForm());
		return passwordPage(user, id, adminId, model);
	}

	@PostMapping("/{id}/admins/{adminId}/password")
	String resetPassword(CurrentUser user, @PathVariable Long id, @PathVariable Long adminId,
			@Valid @ModelAttribute("passwordForm") AdminPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.resetWardAdminPassword(user, id, adminId, form.getPassword(), form.getRepeatedPassword());
				redirect.addFlashAttribute("message", "user.passwordReset");
				return "redirect:/system/wards/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return passwordPage(user, id, adminId, model);
	}

	private String passwordPage(CurrentUser user, Long id, Long adminId, Model model) {
		model.addAttribute("ward", this.wards.getForOperator(user, id));
		model.addAttribute("admin", this.accounts.wardAdmin(user, id, adminId));
		return "system/admin-password";
	}

}
