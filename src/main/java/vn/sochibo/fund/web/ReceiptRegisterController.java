package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.Year;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sochibo.fund.Receipts;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.Wards;

/**
 * The receipt register (sổ phiếu thu) of a year.
 */
@Controller
class ReceiptRegisterController {

	private final Receipts receipts;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	ReceiptRegisterController(Receipts receipts, Clock clock, Wards wards, XlsxDownloads xlsx) {
		this.receipts = receipts;
		this.clock = clock;
		this.wards = wards;
		this.xlsx = xlsx;
	}

	@GetMapping("/funds/receipts")
	String list(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		int shown = shown(year);
		model.addAttribute("year", shown);
		model.addAttribute("receipts", this.receipts.register(user, shown));
		return "receipts/register";
	}

	/**
	 * The register of the year as .xlsx: every number in order, as the page lists them.
	 */
	@GetMapping("/funds/receipts/export.xlsx")
	void export(CurrentUser user, @RequestParam(required = false) Integer year, HttpServletResponse response) {
		int shown = shown(year);
		XlsxTable table = this.xlsx.table(response, "so-phieu-thu-" + shown, this.wards.current(user).name(),
				this.xlsx.message("receipt.register.title", shown), List.of(),
				List.of(this.xlsx.column("entry.receipt", 14), this.xlsx.column("entry.date", 12),
						this.xlsx.column("receipt.contributor", 30), this.xlsx.column("receipt.fund", 30),
						this.xlsx.column("receipt.amount", 18), this.xlsx.column("export.receipt.voidedOn", 12),
						this.xlsx.column("export.receipt.prints", 10),
						this.xlsx.column("export.receipt.otherArea", 14)));
		this.receipts.forEachInRegister(user, shown, (r) -> table.row(r.numberLabel(), r.date(), r.contributor(),
				r.fundName(), r.amount(), r.voidedOn(), r.prints(), !r.readable()));
		table.finish();
	}

	/**
	 * The year asked for, or this year for none or one out of range (as the page does).
	 */
	private int shown(Integer year) {
		return (year != null && year >= RecordDates.FIRST_YEAR && year <= 2200) ? year
				: Year.now(this.clock).getValue();
	}

}
