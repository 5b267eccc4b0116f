package vn.sochibo.publicsite.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sochibo.fund.EntryNotFoundException;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.PublicEntry;
import vn.sochibo.fund.PublicLedger;

/**
 * One entry by its public code (the QR code of a receipt points here), and "find my
 * contribution": a resident types the code printed on the receipt.
 */
@Controller
class PublicEntryController {

	/** What the lookup form shows back of a long input. */
	static final int MAX_ECHO = 64;

	private final PublicLedger ledger;

	PublicEntryController(PublicLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/public/entries/{code}")
	String show(@PathVariable String code, Model model) {
		PublicEntry entry = this.ledger.entry(code).orElseThrow(() -> new EntryNotFoundException("public code"));
		FundSummary fund = this.ledger.fund(entry.fundId());
		model.addAttribute("entry", entry);
		model.addAttribute("fund", fund);
		model.addAttribute("ward", this.ledger.ward(fund.wardId()));
		return "public/entry";
	}

	@GetMapping("/public/lookup")
	String lookup(@RequestParam(required = false) String code, Model model) {
		if (code == null) {
			return "public/lookup";
		}
		Optional<PublicEntry> entry = this.ledger.entry(code);
		if (entry.isPresent()) {
			return "redirect:/public/entries/" + entry.get().code();
		}
		model.addAttribute("code", (code.length() > MAX_ECHO) ? code.substring(0, MAX_ECHO) : code);
		model.addAttribute("notFound", true);
		return "public/lookup";
	}

}
