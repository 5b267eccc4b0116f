package vn.sochibo.setup.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.sochibo.setup.FirstSteps;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.PublicUrls;

/**
 * Where a login lands, and the ward admin's first steps ("Bắt đầu").
 */
@Controller
class StartController {

	private final FirstSteps firstSteps;

	StartController(FirstSteps firstSteps) {
		this.firstSteps = firstSteps;
	}

	/**
	 * The system admin lands on the wards; a ward admin whose ward is not set up yet on
	 * the first steps; everyone else (and the ward admin once the ward is set up) on the
	 * dashboard, the year at a glance within their scope.
	 */
	@GetMapping("/home")
	String home(CurrentUser user) {
		if (user.may(Action.MANAGE_WARDS)) {
			return "redirect:/system/wards";
		}
		if (user.may(Action.MANAGE_WARD) && !this.firstSteps.of(user).done()) {
			return "redirect:/start";
		}
		return "redirect:/dashboard";
	}

	@GetMapping("/start")
	String show(CurrentUser user, Model model) {
		model.addAttribute("checklist", this.firstSteps.of(user));
		model.addAttribute("currentAddress", PublicUrls.ofRequest());
		return "start";
	}

}
