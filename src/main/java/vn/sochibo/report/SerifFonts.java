package vn.sochibo.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (metric-compatible with Times New Roman, with every Vietnamese glyph)
 * as Java2D fonts, read once from the classpath, never from the system: the chart images
 * draw with it and the Word rendering measures text with it.
 */
final class SerifFonts {

	private static final Font REGULAR = load("LiberationSerif-Regular.ttf");

	private static final Font BOLD = load("LiberationSerif-Bold.ttf");

	private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

	private SerifFonts() {
	}

	static Font regular(float points) {
		return REGULAR.deriveFont(points);
	}

	static Font bold(float points) {
		return BOLD.deriveFont(points);
	}

	/** The advance width of a text set in the bold face, in points. */
	static double boldWidth(String text, float points) {
		return bold(points).getStringBounds(text, MEASURE).getWidth();
	}

	private static Font load(String file) {
		try (InputStream stream = SerifFonts.class.getResourceAsStream("/liberation/" + file)) {
			if (stream == null) {
				throw new IllegalStateException("font missing from the classpath: " + file);
			}
			return Font.createFont(Font.TRUETYPE_FONT, stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("not a TrueType font: " + file, ex);
		}
	}

}
