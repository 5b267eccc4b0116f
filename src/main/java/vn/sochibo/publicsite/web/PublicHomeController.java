package vn.sochibo.publicsite.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.sochibo.ward.Wards;

/**
 * The public home: the wards of this deployment and their public pages, without login.
 */
@Controller
class PublicHomeController {

	private final Wards wards;

	PublicHomeController(Wards wards) {
		this.wards = wards;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("wards", this.wards.publicList());
		return "public/home";
	}

}
