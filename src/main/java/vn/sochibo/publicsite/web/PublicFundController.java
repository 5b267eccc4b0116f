package vn.sochibo.publicsite.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.PublicEntryFilter;
import vn.sochibo.fund.PublicEntryPage;
import vn.sochibo.fund.PublicLedger;
import vn.sochibo.fund.PublicWard;
import vn.sochibo.project.Projects;
import vn.sochibo.shared.PublicUrls;
import vn.sochibo.shared.QrCodes;

/**
 * A fund's public pages: its totals and entries (filtered, 50 a page by keyset) with, for
 * a project's fund, a link to the project's page; the downloads of what is shown, the
 * chain verification and the printable poster.
 */
@Controller
@RequestMapping("/public/funds/{fundId}")
class PublicFundController {

	/** The QR code's size on the poster, in CSS pixels (about 40 mm). */
	static final int POSTER_QR_SIZE = 150;

	private final PublicLedger ledger;

	private final PublicEntryDownloads downloads;

	private final Projects projects;

	private final Clock clock;

	PublicFundController(PublicLedger ledger, PublicEntryDownloads downloads, Projects projects, Clock clock) {
		this.ledger = ledger;
		this.downloads = downloads;
		this.projects = projects;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable Long fundId, @ModelAttribute("query") PublicEntryQuery query, Model model) {
		query.parse();
		PublicEntryPage page = this.ledger.page(fundId, query.filter(), query.beforeSeq(), PublicLedger.PAGE_SIZE);
		FundSummary fund = page.fund();
		String path = "/public/funds/" + fundId;
		model.addAttribute("fund", fund);
		model.addAttribute("ward", this.ledger.ward(fund.wardId()));
		model.addAttribute("areas", this.ledger.areas(fund.wardId()));
		model.addAttribute("projectId",
				(fund.kind() == FundKind.PROJECT) ? this.projects.publicProjectOfFund(fundId).orElse(null) : null);
		model.addAttribute("entries", page.entries());
		model.addAttribute("pageSize", PublicLedger.PAGE_SIZE);
		model.addAttribute("nextPageUrl", page.hasMore() ? query.link(path, page.nextBefore()) : null);
		model.addAttribute("firstPageUrl", (query.beforeSeq() != null) ? query.link(path, null) : null);
		model.addAttribute("csvUrl", query.link(path + "/entries.csv", null));
		model.addAttribute("jsonUrl", query.link(path + "/entries.json", null));
		return "public/fund";
	}

	@GetMapping("/entries.csv")
	void csv(@PathVariable Long fundId, @ModelAttribute("query") PublicEntryQuery query, Locale locale,
			HttpServletResponse response) throws IOException {
		this.downloads.csv(fundId, filter(query), locale, response);
	}

	@GetMapping("/entries.json")
	void json(@PathVariable Long fundId, @ModelAttribute("query") PublicEntryQuery query, Locale locale,
			HttpServletResponse response) throws IOException {
		this.downloads.json(fundId, filter(query), locale, response);
	}

	@GetMapping("/verify")
	String verify(@PathVariable Long fundId, Model model) {
		FundSummary fund = this.ledger.fund(fundId);
		model.addAttribute("fund", fund);
		model.addAttribute("ward", this.ledger.ward(fund.wardId()));
		model.addAttribute("verification", this.ledger.verify(fundId));
		return "public/verify";
	}

	/**
	 * The A4 notice-board poster (bảng công khai): totals, the most recent entries, the
	 * head hash of the moment and a QR code of the live page.
	 */
	@GetMapping("/poster")
	String poster(@PathVariable Long fundId, Model model) {
		PublicEntryPage page = this.ledger.page(fundId, PublicEntryFilter.all(), null, PublicLedger.POSTER_SIZE);
		FundSummary fund = page.fund();
		PublicWard ward = this.ledger.ward(fund.wardId());
		String liveUrl = PublicUrls.absolute(ward.publicBaseUrl(), "/public/funds/" + fundId);
		model.addAttribute("fund", fund);
		model.addAttribute("ward", ward);
		model.addAttribute("entries", page.entries());
		model.addAttribute("truncated", page.hasMore());
		model.addAttribute("liveUrl", liveUrl);
		model.addAttribute("qrSvg", QrCodes.svg(liveUrl, POSTER_QR_SIZE));
		model.addAttribute("printedAt", LocalDateTime.now(this.clock));
		return "public/poster";
	}

	private static PublicEntryFilter filter(PublicEntryQuery query) {
		return query.parse().filter();
	}

}
