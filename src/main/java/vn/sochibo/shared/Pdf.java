package vn.sochibo.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders an XHTML document to PDF with Liberation Serif (metric-compatible with Times
 * New Roman, with every Vietnamese glyph) embedded, so a PDF prints the same everywhere.
 * Documents name the font family "Times New Roman" or "Liberation Serif".
 */
public final class Pdf {

	private static final String[][] FONTS = { { "LiberationSerif-Regular.ttf", "400", "NORMAL" },
			{ "LiberationSerif-Bold.ttf", "700", "NORMAL" }, { "LiberationSerif-Italic.ttf", "400", "ITALIC" },
			{ "LiberationSerif-BoldItalic.ttf", "700", "ITALIC" } };

	private Pdf() {
	}

	/**
	 * @param xhtml a well-formed XHTML document
	 * @param baseUri where relative links resolve (may be null)
	 */
	public static byte[] render(String xhtml, String baseUri) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (String[] font : FONTS) {
				for (String family : new String[] { "Liberation Serif", "Times New Roman", "serif" }) {
					builder.useFont(() -> fontStream(font[0]), family, Integer.valueOf(font[1]),
							FontStyle.valueOf(font[2]), true);
				}
			}
			for (String family : new String[] { "Liberation Mono", "monospace" }) {
				builder.useFont(() -> fontStream("LiberationMono-Regular.ttf"), family, 400, FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(xhtml, baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream fontStream(String file) {
		InputStream stream = Pdf.class.getResourceAsStream("/liberation/" + file);
		if (stream == null) {
			throw new IllegalStateException("font missing from the classpath: " + file);
		}
		return stream;
	}

}
