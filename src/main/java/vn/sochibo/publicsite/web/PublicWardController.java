package vn.sochibo.publicsite.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.sochibo.fund.PublicLedger;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * A ward's public page: its funds with their totals (and, from the project feature, its
 * projects), and its welfare programs as counts and totals only.
 */
@Controller
class PublicWardController {

	private final PublicLedger ledger;

	private final WelfarePrograms welfare;

	PublicWardController(PublicLedger ledger, WelfarePrograms welfare) {
		this.ledger = ledger;
		this.welfare = welfare;
	}

	@GetMapping("/public/wards/{wardId}")
	String show(@PathVariable Long wardId, Model model) {
		model.addAttribute("ward", this.ledger.ward(wardId));
		model.addAttribute("funds", this.ledger.funds(wardId));
		model.addAttribute("welfarePrograms", this.welfare.publicTotals(wardId));
		return "public/ward";
	}

}
