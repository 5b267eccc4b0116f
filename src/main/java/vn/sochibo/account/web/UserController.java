package vn.sochibo.account.web;

import java.util.EnumSet;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.account.Accounts;
import vn.sochibo.account.UserView;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.Cells;

@Controller
@RequestMapping("/users")
class UserController {

	private final Accounts accounts;

	private final Areas areas;

	private final Cells cells;

	private final AuditTrail audit;

	UserController(Accounts accounts, Areas areas, Cells cells, AuditTrail audit) {
		this.accounts = accounts;
		this.areas = areas;
		this.cells = cells;
		this.audit = audit;
	}

	@ModelAttribute("roles")
	Set<Role> roles() {
		return EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN));
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("users", this.accounts.list(user));
		return "users/list";
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		UserView shown = this.accounts.get(user, id);
		model.addAttribute("user", shown);
		model.addAttribute("history", this.audit.history(user.requireWard(), Accounts.ENTITY, id, page));
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		return "users/detail";
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, Model model) {
		UserForm form = new UserForm();
		form.setRole(Role.OFFICER);
		model.addAttribute("userForm", form);
		return form(user, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getPassword() == null && !result.hasFieldErrors("password")) {
			result.rejectValue("password", "NotBlank");
		}
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			UserView created = this.accounts.create(user, form.toCommand(), form.getPassword());
			redirect.addFlashAttribute("message", "user.created");
			return "redirect:/users/" + created.id();
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		model.addAttribute("userForm", UserForm.of(this.accounts.get(user, id)));
		model.addAttribute("userId", id);
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("userForm") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("userId", id);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			this.accounts.update(user, id, form.toCommand(), form.getVersion());
			redirect.addFlashAttribute("message", "user.updated");
			return "redirect:/users/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@PostMapping("/{id}/password")
	String resetPassword(CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.resetPassword(user, id, form.getPassword());
				redirect.addFlashAttribute("message", "user.passwordReset");
				return "redirect:/users/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return show(user, id, 0, model);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(CurrentUser user, @PathVariable Long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		try {
			this.accounts.setEnabled(user, id, enabled);
			redirect.addFlashAttribute("message", enabled ? "user.enabled" : "user.disabled");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
		}
		return "redirect:/users/" + id;
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("areaOptions", this.areas.activeLabels(user));
		model.addAttribute("cellOptions", this.cells.names(user));
		return "users/form";
	}

}
