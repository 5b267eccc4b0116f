package vn.sochibo.report;

import java.util.Base64;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.sochibo.report.PartyDocument.Chart;
import vn.sochibo.shared.ClasspathText;
import vn.sochibo.shared.PdfDocuments;

/**
 * The three renderings of one {@link PartyDocument}: the PDF (openhtmltopdf, Liberation
 * Serif embedded, from the same template as the HTML preview), the Word file (Apache POI,
 * {@link DocxDocuments}) and the chart as a PNG drawn on the server
 * ({@link ChartImages}), which the preview and the PDF show as an image.
 */
@Component("reportRendering")
public class ReportRendering {

	static final String CSS = ClasspathText.read("/static/css/party-document.css");

	private final PdfDocuments pdfs;

	private final DocxDocuments docx = new DocxDocuments();

	ReportRendering(PdfDocuments pdfs) {
		this.pdfs = pdfs;
	}

	public byte[] pdf(PartyDocument document) {
		return this.pdfs.render("report/document-pdf", Map.of("doc", document, "css", CSS, "charts", charts(document)));
	}

	public byte[] docx(PartyDocument document) {
		return this.docx.render(document);
	}

	/**
	 * The document's charts as PNG data URIs, by the index of their block: what the
	 * preview and the PDF templates show ({@code charts[index]}).
	 */
	public Map<Integer, String> charts(PartyDocument document) {
		Map<Integer, String> charts = new java.util.HashMap<>();
		for (int i = 0; i < document.body().size(); i++) {
			if (document.body().get(i) instanceof Chart chart) {
				charts.put(i, chartDataUri(chart));
			}
		}
		return charts;
	}

	/** The chart as a PNG data URI (1600 × 900 px, shown 16 cm wide). */
	public String chartDataUri(Chart chart) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(ChartImages.png(chart, 1600, 900));
	}

}
