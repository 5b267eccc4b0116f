package vn.sochibo.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

import javax.imageio.ImageIO;

import vn.sochibo.shared.MoneyFormat;

/**
 * Draws a {@link PartyDocument.Chart} as a PNG with Java2D, headless, for the PDF and the
 * Word file (the HTML preview may embed it as a {@code data:} URI): one stacked bar per
 * category, one colour per series from the Okabe–Ito palette (safe for colour-blind
 * readers), a legend, a value axis in Vietnamese short amounts ("50 tr", "1,5 tỷ" for
 * đồng) and the title. Text is set in the embedded Liberation Serif, never a system font,
 * so every Vietnamese glyph renders.
 *
 * <p>
 * Negative values (a month whose reversals exceed its contributions) stack below the zero
 * line, and the axis always includes zero; a chart whose values are all zero still draws
 * its axes and title.
 */
public final class ChartImages {

	static {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	/** Okabe–Ito, in the order series take them. */
	static final int[] PALETTE = { 0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x000000 };

	private static final String DONG = "đồng";

	private static final Color TEXT = new Color(0x222222);

	private static final Color AXIS = new Color(0x555555);

	private static final Color GRID = new Color(0xDDDDDD);

	private ChartImages() {
	}

	/**
	 * @param chart what to draw
	 * @param widthPx the image's width in pixels (at least 200)
	 * @param heightPx the image's height in pixels (at least 120)
	 * @return the PNG file's bytes
	 */
	public static byte[] png(PartyDocument.Chart chart, int widthPx, int heightPx) {
		if (widthPx < 200 || heightPx < 120) {
			throw new IllegalArgumentException("chart too small: " + widthPx + "x" + heightPx);
		}
		BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, widthPx, heightPx);
			new Drawing(chart, g, widthPx, heightPx).draw();
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/**
	 * An axis value as a Vietnamese short amount: for đồng "0", "500 nghìn", "50 tr",
	 * "1,5 tỷ" (decimal comma); for another unit the whole number with dot separators.
	 */
	static String axisLabel(long value, String unit) {
		String sign = value < 0 ? "\u2212" : "";
		BigDecimal amount = BigDecimal.valueOf(value).abs();
		if (!DONG.equals(unit)) {
			return sign + MoneyFormat.group(amount);
		}
		if (amount.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
			return sign + shortened(amount, 9) + " tỷ";
		}
		if (amount.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
			return sign + shortened(amount, 6) + " tr";
		}
		if (amount.compareTo(BigDecimal.valueOf(1_000L)) >= 0) {
			return sign + shortened(amount, 3) + " nghìn";
		}
		return sign + amount.toPlainString();
	}

	private static String shortened(BigDecimal amount, int power) {
		BigDecimal scaled = amount.movePointLeft(power).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return scaled.toPlainString().replace('.', ',');
	}

	/** A step of 1, 2, 2.5 or 5 times a power of ten, whole, for about five ticks. */
	static long niceStep(long range) {
		double raw = range / 5.0;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double norm = raw / magnitude;
		double factor = (norm <= 1) ? 1
				: (norm <= 2) ? 2 : (norm <= 2.5 && magnitude >= 10) ? 2.5 : (norm <= 5) ? 5 : 10;
		return Math.max(1, Math.round(factor * magnitude));
	}

	private static final class Drawing {

		private final PartyDocument.Chart chart;

		private final Graphics2D g;

		private final int width;

		private final int height;

		private final double scale;

		private final double pad;

		Drawing(PartyDocument.Chart chart, Graphics2D g, int width, int height) {
			this.chart = chart;
			this.g = g;
			this.width = width;
			this.height = height;
			this.scale = Math.min(width / 800.0, height / 450.0);
			this.pad = 16 * this.scale;
		}

		void draw() {
			double top = this.pad;
			top = drawTitle(top);
			top = drawLegend(top);
			drawPlot(top);
		}

		private double drawTitle(double top) {
			String title = (this.chart.title() != null) ? this.chart.title().strip() : "";
			if (title.isEmpty()) {
				return top;
			}
			Font font = fitted(SerifFonts.bold((float) (24 * this.scale)), title, this.width - 2 * this.pad);
			this.g.setFont(font);
			this.g.setColor(TEXT);
			FontMetrics metrics = this.g.getFontMetrics();
			double x = (this.width - metrics.getStringBounds(title, this.g).getWidth()) / 2;
			this.g.drawString(title, (float) x, (float) (top + metrics.getAscent()));
			return top + metrics.getHeight() + 6 * this.scale;
		}

		private double drawLegend(double top) {
			List<PartyDocument.Series> series = this.chart.series();
			if (series.isEmpty()) {
				return top;
			}
			this.g.setFont(SerifFonts.regular((float) (16 * this.scale)));
			FontMetrics metrics = this.g.getFontMetrics();
			double swatch = 12 * this.scale;
			double gap = 6 * this.scale;
			double spacing = 20 * this.scale;
			double available = this.width - 2 * this.pad;
			List<List<Integer>> rows = new ArrayList<>();
			List<Double> rowWidths = new ArrayList<>();
			List<Integer> row = new ArrayList<>();
			double rowWidth = 0;
			for (int i = 0; i < series.size(); i++) {
				double item = swatch + gap + metrics.getStringBounds(name(series.get(i)), this.g).getWidth();
				double added = row.isEmpty() ? item : rowWidth + spacing + item;
				if (!row.isEmpty() && added > available) {
					rows.add(row);
					rowWidths.add(rowWidth);
					row = new ArrayList<>();
					added = item;
				}
				row.add(i);
				rowWidth = added;
			}
			rows.add(row);
			rowWidths.add(rowWidth);
			double lineHeight = metrics.getHeight();
			for (int r = 0; r < rows.size(); r++) {
				double x = (this.width - rowWidths.get(r)) / 2;
				double baseline = top + r * lineHeight + metrics.getAscent();
				for (int i : rows.get(r)) {
					this.g.setColor(color(i));
					this.g.fill(new Rectangle2D.Double(x, baseline - metrics.getAscent() / 2.0 - swatch / 2 + 1, swatch,
							swatch));
					x += swatch + gap;
					this.g.setColor(TEXT);
					String name = name(series.get(i));
					this.g.drawString(name, (float) x, (float) baseline);
					x += metrics.getStringBounds(name, this.g).getWidth() + spacing;
				}
			}
			return top + rows.size() * lineHeight + 4 * this.scale;
		}

		private void drawPlot(double top) {
			List<String> categories = this.chart.categories();
			List<PartyDocument.Series> series = this.chart.series();
			long highest = 0;
			long lowest = 0;
			for (int c = 0; c < categories.size(); c++) {
				long up = 0;
				long down = 0;
				for (PartyDocument.Series one : series) {
					long value = value(one, c);
					if (value > 0) {
						up = Math.addExact(up, value);
					}
					else {
						down = Math.addExact(down, value);
					}
				}
				highest = Math.max(highest, up);
				lowest = Math.min(lowest, down);
			}
			List<Long> ticks = new ArrayList<>();
			long axisLow = 0;
			long axisHigh = 0;
			if (highest == lowest) {
				ticks.add(0L);
			}
			else {
				long step = niceStep(highest - lowest);
				axisLow = Math.floorDiv(lowest, step) * step;
				axisHigh = -Math.floorDiv(-highest, step) * step;
				for (long tick = axisLow; tick <= axisHigh; tick += step) {
					ticks.add(tick);
				}
			}
			String unit = this.chart.unit();
			Font labelFont = SerifFonts.regular((float) (15 * this.scale));
			this.g.setFont(labelFont);
			FontMetrics metrics = this.g.getFontMetrics();
			double labelWidth = 0;
			for (long tick : ticks) {
				labelWidth = Math.max(labelWidth, metrics.getStringBounds(axisLabel(tick, unit), this.g).getWidth());
			}
			double unitHeight = 0;
			if (unit != null && !unit.isBlank()) {
				unitHeight = metrics.getHeight();
				this.g.setColor(AXIS);
				this.g.drawString("(" + unit.strip() + ")", (float) this.pad, (float) (top + metrics.getAscent()));
			}
			double plotTop = top + unitHeight + 4 * this.scale + metrics.getAscent() / 2.0;
			double plotBottom = this.height - this.pad - metrics.getHeight() - 4 * this.scale;
			double plotLeft = this.pad + labelWidth + 8 * this.scale;
			double plotRight = this.width - this.pad;
			if (plotBottom - plotTop < 10 || plotRight - plotLeft < 10) {
				return;
			}
			double span = Math.max(1, axisHigh - axisLow);
			double low = axisLow;
			LongToDoubleFunction y = (value) -> plotBottom - (value - low) / span * (plotBottom - plotTop);
			BasicStroke thin = new BasicStroke((float) Math.max(1, this.scale));
			this.g.setStroke(thin);
			for (long tick : ticks) {
				double at = y.applyAsDouble(tick);
				this.g.setColor(GRID);
				this.g.draw(new Line2D.Double(plotLeft, at, plotRight, at));
				this.g.setColor(TEXT);
				String label = axisLabel(tick, unit);
				double labelX = plotLeft - 6 * this.scale - metrics.getStringBounds(label, this.g).getWidth();
				this.g.drawString(label, (float) labelX,
						(float) (at + metrics.getAscent() / 2.0 - metrics.getDescent() / 2.0));
			}
			int count = categories.size();
			if (count > 0) {
				double slot = (plotRight - plotLeft) / count;
				double barWidth = Math.min(slot * 0.62, 90 * this.scale);
				BasicStroke separator = new BasicStroke((float) Math.max(1, 1.2 * this.scale));
				for (int c = 0; c < count; c++) {
					double x = plotLeft + c * slot + (slot - barWidth) / 2;
					long up = 0;
					long down = 0;
					for (int s = 0; s < series.size(); s++) {
						long value = value(series.get(s), c);
						if (value == 0) {
							continue;
						}
						long from = (value > 0) ? up : down;
						long to = from + value;
						if (value > 0) {
							up = to;
						}
						else {
							down = to;
						}
						double y1 = y.applyAsDouble(Math.max(from, to));
						double y2 = y.applyAsDouble(Math.min(from, to));
						Rectangle2D.Double bar = new Rectangle2D.Double(x, y1, barWidth, y2 - y1);
						this.g.setColor(color(s));
						this.g.fill(bar);
						this.g.setColor(Color.WHITE);
						this.g.setStroke(separator);
						this.g.draw(bar);
					}
				}
				drawCategories(categories, plotLeft, slot, plotBottom, metrics);
			}
			this.g.setStroke(new BasicStroke((float) Math.max(1, 1.5 * this.scale)));
			this.g.setColor(AXIS);
			this.g.draw(new Line2D.Double(plotLeft, plotTop, plotLeft, plotBottom));
			double zero = y.applyAsDouble(0);
			this.g.setColor(Color.BLACK);
			this.g.draw(new Line2D.Double(plotLeft, zero, plotRight, zero));
		}

		private void drawCategories(List<String> categories, double plotLeft, double slot, double plotBottom,
				FontMetrics metrics) {
			double widest = 0;
			for (String category : categories) {
				widest = Math.max(widest, metrics.getStringBounds(text(category), this.g).getWidth());
			}
			int every = Math.max(1, (int) Math.ceil((widest + 6 * this.scale) / slot));
			this.g.setColor(TEXT);
			for (int c = 0; c < categories.size(); c += every) {
				String label = text(categories.get(c));
				double x = plotLeft + (c + 0.5) * slot - metrics.getStringBounds(label, this.g).getWidth() / 2;
				this.g.drawString(label, (float) x, (float) (plotBottom + 4 * this.scale + metrics.getAscent()));
			}
		}

		private Font fitted(Font font, String text, double available) {
			Font fitted = font;
			this.g.setFont(fitted);
			while (fitted.getSize2D() > 8
					&& this.g.getFontMetrics().getStringBounds(text, this.g).getWidth() > available) {
				fitted = fitted.deriveFont(fitted.getSize2D() * 0.92f);
				this.g.setFont(fitted);
			}
			return fitted;
		}

		private static long value(PartyDocument.Series series, int category) {
			return series.values().get(category);
		}

		private static String name(PartyDocument.Series series) {
			return text(series.name());
		}

		private static String text(String text) {
			return (text != null) ? text : "";
		}

		private static Color color(int series) {
			return new Color(PALETTE[series % PALETTE.length]);
		}

	}

}
