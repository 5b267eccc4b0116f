package vn.sochibo.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Action;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/**
	 * Where a login lands: the system admin on the wards, everyone else on the
	 * households.
	 */
	@GetMapping("/home")
	String home(CurrentUser user) {
		return user.may(Action.MANAGE_WARDS) ? "redirect:/system/wards" : "redirect:/households";
	}

}
