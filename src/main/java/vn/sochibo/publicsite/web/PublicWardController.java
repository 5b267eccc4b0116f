package vn.sochibo.publicsite.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.sochibo.fund.PublicLedger;

/**
 * A ward's public page: its funds with their totals (and, from the project feature, its
 * projects).
 */
@Controller
class PublicWardController {

	private final PublicLedger ledger;

	PublicWardController(PublicLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/public/wards/{wardId}")
	String show(@PathVariable Long wardId, Model model) {
		model.addAttribute("ward", this.ledger.ward(wardId));
		model.addAttribute("funds", this.ledger.funds(wardId));
		return "public/ward";
	}

}
