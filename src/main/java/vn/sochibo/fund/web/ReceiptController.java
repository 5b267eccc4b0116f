package vn.sochibo.fund.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.sochibo.fund.ReceiptView;
import vn.sochibo.fund.Receipts;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.PdfDocuments;
import vn.sochibo.shared.PublicUrls;
import vn.sochibo.shared.QrCodes;
import vn.sochibo.shared.QrPng;
import vn.sochibo.ward.Wards;

/**
 * Receipts: a preview, the printable page and the PDF. Printing and downloading record a
 * print; every print after the first is marked "BẢN SAO".
 */
@Controller
@RequestMapping("/funds/{fundId}/receipts/{entryId}")
class ReceiptController {

	/** The receipt's style sheet, shared by the printable page and the PDF. */
	private static final String RECEIPT_CSS = readCss();

	private final Receipts receipts;

	private final Wards wards;

	private final PdfDocuments documents;

	ReceiptController(Receipts receipts, Wards wards, PdfDocuments documents) {
		this.receipts = receipts;
		this.wards = wards;
		this.documents = documents;
	}

	@GetMapping
	String show(CurrentUser user, @PathVariable Long fundId, @PathVariable Long entryId, Model model) {
		ReceiptView receipt = this.receipts.preview(user, fundId, entryId);
		model.addAttribute("receipt", receipt);
		model.addAttribute("publicUrl", publicUrl(user, receipt));
		return "receipts/show";
	}

	@GetMapping("/print")
	String print(CurrentUser user, @PathVariable Long fundId, @PathVariable Long entryId, Model model) {
		ReceiptView receipt = this.receipts.print(user, fundId, entryId);
		String url = publicUrl(user, receipt);
		model.addAttribute("receipt", receipt);
		model.addAttribute("publicUrl", url);
		model.addAttribute("qr", QrCodes.svg(url, 120));
		return "receipts/print";
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable Long fundId, @PathVariable Long entryId) {
		ReceiptView receipt = this.receipts.print(user, fundId, entryId);
		String url = publicUrl(user, receipt);
		byte[] pdf = this.documents.render("receipts/pdf", java.util.Map.of("receipt", receipt, "publicUrl", url,
				"qrImage", QrPng.dataUri(url, 6), "css", RECEIPT_CSS));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("phieu-thu-" + receipt.numberLabel().replace('/', '-') + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(pdf);
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

}
