package vn.sochibo.publicsite.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.sochibo.fund.PublicLedger;
import vn.sochibo.project.Projects;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * A ward's public page: its funds with their totals, its projects (status, progress, what
 * was raised against the plan, each linking to its public page), and its welfare programs
 * as counts and totals only.
 */
@Controller
class PublicWardController {

	private final PublicLedger ledger;

	private final Projects projects;

	private final WelfarePrograms welfare;

	PublicWardController(PublicLedger ledger, Projects projects, WelfarePrograms welfare) {
		this.ledger = ledger;
		this.projects = projects;
		this.welfare = welfare;
	}

	@GetMapping("/public/wards/{wardId}")
	String show(@PathVariable Long wardId, Model model) {
		model.addAttribute("ward", this.ledger.ward(wardId));
		model.addAttribute("funds", this.ledger.funds(wardId));
		model.addAttribute("projects", this.projects.publicList(wardId));
		model.addAttribute("welfarePrograms", this.welfare.publicTotals(wardId));
		return "public/ward";
	}

}
