package vn.sochibo.account.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.account.Accounts;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;

/**
 * Every logged-in user changes their own password ("Đổi mật khẩu").
 */
@Controller
@RequestMapping("/account/password")
class OwnPasswordController {

	private final Accounts accounts;

	OwnPasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String showEditForm(@ModelAttribute("passwordForm") OwnPasswordForm form) {
		return "account/password";
	}

	@PostMapping
	String update(CurrentUser user, @Valid @ModelAttribute("passwordForm") OwnPasswordForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/password";
		}
		try {
			this.accounts.changeOwnPassword(user, form.getCurrentPassword(), form.getNewPassword(),
					form.getRepeatedPassword());
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return "account/password";
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/account/password";
	}

}
