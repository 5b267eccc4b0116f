package vn.sochibo.fund.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.ReceiptDetail;
import vn.sochibo.fund.ReceiptView;
import vn.sochibo.fund.Receipts;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.PdfDocuments;
import vn.sochibo.shared.PublicUrls;
import vn.sochibo.shared.QrCodes;
import vn.sochibo.shared.QrPng;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.submission.AlreadySubmittedException;
import vn.sochibo.ward.Wards;

/**
 * A receipt: its page (a preview, its prints, its history), printing it, and each print
 * again as a page or a PDF. No GET records anything — a reload or a browser's prefetch
 * cannot turn an original into a copy: printing is a POST that records print <em>n</em>
 * and redirects to print <em>n</em>, whose page and PDF only show what that print was
 * (the original, or "BẢN SAO").
 */
@Controller
@RequestMapping("/funds/{fundId}/receipts/{entryId}")
class ReceiptController {

	/** The receipt's style sheet, shared by the printable page and the PDF. */
	private static final String RECEIPT_CSS = readCss();

	private final Receipts receipts;

	private final Wards wards;

	private final PdfDocuments documents;

	private final AuditTrail audit;

	ReceiptController(Receipts receipts, Wards wards, PdfDocuments documents, AuditTrail audit) {
		this.receipts = receipts;
		this.wards = wards;
		this.documents = documents;
		this.audit = audit;
	}

	@GetMapping
	String show(CurrentUser user, @PathVariable Long fundId, @PathVariable Long entryId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ReceiptDetail detail = this.receipts.detail(user, fundId, entryId);
		model.addAttribute("receipt", detail.preview());
		model.addAttribute("prints", detail.prints());
		model.addAttribute("printable", detail.printable());
		model.addAttribute("printToken", UUID.randomUUID());
		model.addAttribute("publicUrl", publicUrl(user, detail.preview()));
		model.addAttribute("lookupUrl", lookupUrl(user));
		model.addAttribute("history", this.audit.history(user.requireWard(), Ledger.ENTRY_ENTITY, entryId, page));
		return "receipts/show";
	}

	/**
	 * Prints the receipt: records the next print and shows it, as a page or a PDF — once
	 * for the page's one-time token: a second tap on either button shows the print the
	 * first made and records none. Without a token it prints nothing and leads back to
	 * the receipt's page.
	 */
	@PostMapping("/prints")
	String print(CurrentUser user, @PathVariable Long fundId, @PathVariable Long entryId,
			@RequestParam(defaultValue = "HTML") Format format, @RequestParam(required = false) UUID submissionToken,
			RedirectAttributes redirect) {
		int number;
		try {
			number = this.receipts.print(user, submissionToken, fundId, entryId);
		}
		catch (AlreadySubmittedException ex) {
			if (format == Format.HTML) {
				redirect.addFlashAttribute("message", "submission.repeated.print");
			}
			number = Math.toIntExact(ex.resultId());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
			return "redirect:/funds/" + fundId + "/receipts/" + entryId;
		}
		return "redirect:/funds/" + fundId + "/receipts/" + entryId + "/prints/" + number
				+ ((format == Format.PDF) ? "/pdf" : "");
	}

	@GetMapping("/prints/{number}")
	String printed(CurrentUser user, @PathVariable Long fundId, @PathVariable Long entryId, @PathVariable int number,
			Model model) {
		ReceiptView receipt = this.receipts.printed(user, fundId, entryId, number);
		String url = publicUrl(user, receipt);
		model.addAttribute("receipt", receipt);
		model.addAttribute("publicUrl", url);
		model.addAttribute("lookupUrl", lookupUrl(user));
		model.addAttribute("qr", QrCodes.svg(url, 120));
		return "receipts/print";
	}

	@GetMapping("/prints/{number}/pdf")
	ResponseEntity<byte[]> printedPdf(CurrentUser user, @PathVariable Long fundId, @PathVariable Long entryId,
			@PathVariable int number) {
		ReceiptView receipt = this.receipts.printed(user, fundId, entryId, number);
		String url = publicUrl(user, receipt);
		byte[] pdf = this.documents.render("receipts/pdf", Map.of("receipt", receipt, "publicUrl", url, "lookupUrl",
				lookupUrl(user), "qrImage", QrPng.dataUri(url, 6), "css", RECEIPT_CSS));
		String name = "phieu-thu-" + receipt.numberLabel().replace('/', '-')
				+ (receipt.copy() ? "-ban-sao-" + number : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	/**
	 * The addresses that used to print on a GET (bookmarks, old pages, prefetches) now
	 * only lead to the receipt's page, where printing is a button.
	 */
	@GetMapping({ "/print", "/pdf" })
	String oldPrintAddress(CurrentUser user, @PathVariable Long fundId, @PathVariable Long entryId) {
		this.receipts.preview(user, fundId, entryId);
		return "redirect:/funds/" + fundId + "/receipts/" + entryId;
	}

	private static String readCss() {
		try (java.io.InputStream in = ReceiptController.class.getResourceAsStream("/static/css/receipt.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The entry's public page as a resident reaches it (see {@link PublicUrls}).
	 */
	private String publicUrl(CurrentUser user, ReceiptView receipt) {
		return PublicUrls.absolute(this.wards.get(user.requireWard()).publicBaseUrl(), receipt.publicPath());
	}

	/**
	 * The public page where a resident types the receipt's lookup code.
	 */
	private String lookupUrl(CurrentUser user) {
		return PublicUrls.absolute(this.wards.get(user.requireWard()).publicBaseUrl(), "/public/lookup");
	}

	/** What a print comes out as. */
	enum Format {

		/** The printable page (A5, print layout). */
		HTML,

		/** A PDF with embedded fonts. */
		PDF

	}

}
