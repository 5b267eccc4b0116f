package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.Year;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sochibo.fund.Receipts;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;

/**
 * The receipt register (sổ phiếu thu) of a year.
 */
@Controller
class ReceiptRegisterController {

	private final Receipts receipts;

	private final Clock clock;

	ReceiptRegisterController(Receipts receipts, Clock clock) {
		this.receipts = receipts;
		this.clock = clock;
	}

	@GetMapping("/funds/receipts")
	String list(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null && year >= RecordDates.FIRST_YEAR && year <= 2200) ? year
				: Year.now(this.clock).getValue();
		model.addAttribute("year", shown);
		model.addAttribute("receipts", this.receipts.register(user, shown));
		return "receipts/register";
	}

}
