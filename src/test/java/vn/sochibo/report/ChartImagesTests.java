package vn.sochibo.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.sochibo.report.PartyDocument.Chart;
import vn.sochibo.report.PartyDocument.Series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The chart image: a PNG of the size asked for that shows its bars in the palette's
 * colours, whatever the values (all zero, negative, a single category).
 */
class ChartImagesTests {

	@Test
	void isAPngOfTheRequestedSizeThatIsNotBlank() throws IOException {
		BufferedImage image = decode(ChartImages.png(PartyDocumentSamples.contributions(), 800, 450));
		assertThat(image.getWidth()).isEqualTo(800);
		assertThat(image.getHeight()).isEqualTo(450);
		assertThat(colours(image, 0, image.getHeight())).hasSizeGreaterThan(10);
		assertThat(darkPixels(image, 0, image.getHeight() / 10)).as("the title").isGreaterThan(200);
	}

	@Test
	void eachSeriesHasItsOwnPaletteColour() throws IOException {
		BufferedImage image = decode(ChartImages.png(PartyDocumentSamples.contributions(), 1600, 900));
		for (int series = 0; series < 3; series++) {
			assertThat(count(image, ChartImages.PALETTE[series], 0, image.getHeight()))
				.as("pixels of series %d's colour", series)
				.isGreaterThan(1000);
		}
		assertThat(count(image, ChartImages.PALETTE[3], 0, image.getHeight())).as("no fourth series").isZero();
	}

	@Test
	void negativeValuesAreDrawnBelowThePositiveOnes() throws IOException {
		Chart chart = new Chart("Điều chỉnh", List.of("T1", "T2"),
				List.of(new Series("Thu", List.of(30_000_000L, 0L)), new Series("Đảo", List.of(0L, -20_000_000L))),
				"đồng");
		BufferedImage image = decode(ChartImages.png(chart, 800, 450));
		int from = image.getHeight() / 4;
		int[] positive = rows(image, ChartImages.PALETTE[0], from);
		int[] negative = rows(image, ChartImages.PALETTE[1], from);
		assertThat(positive[1]).as("the positive bar is drawn").isGreaterThan(positive[0]);
		assertThat(negative[1]).as("the negative bar is drawn").isGreaterThan(negative[0]);
		assertThat(negative[0]).as("the negative bar starts below the positive one").isGreaterThan(positive[1]);
		assertThat(negative[1] - negative[0]).as("heights in proportion (20 to 30)")
			.isBetween((int) ((positive[1] - positive[0]) * 0.55), (int) ((positive[1] - positive[0]) * 0.8));
	}

	@Test
	void allZeroValuesStillDrawTheTitleAndAxesButNoBars() throws IOException {
		Chart chart = new Chart("Quỹ năm 2026 (chưa có số liệu)", List.of("T1", "T2", "T3"), List
			.of(new Series("Hộ dân đóng góp", List.of(0L, 0L, 0L)), new Series("Doanh nghiệp", List.of(0L, 0L, 0L))),
				"đồng");
		BufferedImage image = decode(ChartImages.png(chart, 800, 450));
		assertThat(darkPixels(image, 0, image.getHeight() / 10)).as("the title").isGreaterThan(200);
		assertThat(darkPixels(image, image.getHeight() / 4, image.getHeight())).as("the axes and labels")
			.isGreaterThan(300);
		int legend = image.getHeight() / 4;
		assertThat(count(image, ChartImages.PALETTE[0], legend, image.getHeight())).as("no bar").isZero();
		assertThat(count(image, ChartImages.PALETTE[1], legend, image.getHeight())).as("no bar").isZero();
	}

	@Test
	void aSingleCategoryDraws() throws IOException {
		Chart chart = new Chart("Tháng 12", List.of("T12"), List.of(new Series("Hộ dân", List.of(5_000_000L))), "đồng");
		BufferedImage image = decode(ChartImages.png(chart, 600, 400));
		assertThat(image.getWidth()).isEqualTo(600);
		assertThat(count(image, ChartImages.PALETTE[0], image.getHeight() / 4, image.getHeight())).isGreaterThan(5000);
	}

	@Test
	void noCategoriesOrSeriesStillDraws() throws IOException {
		BufferedImage image = decode(ChartImages.png(new Chart("Trống", List.of(), List.of(), "đồng"), 400, 300));
		assertThat(darkPixels(image, 0, image.getHeight())).isGreaterThan(50);
	}

	@Test
	void axisLabelsAreVietnameseShortAmounts() {
		assertThat(ChartImages.axisLabel(0, "đồng")).isEqualTo("0");
		assertThat(ChartImages.axisLabel(500_000, "đồng")).isEqualTo("500 nghìn");
		assertThat(ChartImages.axisLabel(50_000_000, "đồng")).isEqualTo("50 tr");
		assertThat(ChartImages.axisLabel(1_500_000_000, "đồng")).isEqualTo("1,5 tỷ");
		assertThat(ChartImages.axisLabel(2_250_000_000L, "đồng")).isEqualTo("2,25 tỷ");
		assertThat(ChartImages.axisLabel(-20_000_000, "đồng")).isEqualTo("\u221220 tr");
		assertThat(ChartImages.axisLabel(12_500, "hộ")).isEqualTo("12.500");
	}

	@Test
	void axisStepsAreRound() {
		assertThat(ChartImages.niceStep(71_000_000)).isEqualTo(20_000_000);
		assertThat(ChartImages.niceStep(10)).isEqualTo(2);
		assertThat(ChartImages.niceStep(3)).isEqualTo(1);
		assertThat(ChartImages.niceStep(1_000_000_000)).isEqualTo(200_000_000);
		assertThat(ChartImages.niceStep(120_000_000)).isEqualTo(25_000_000);
	}

	@Test
	void refusesATinyImage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChartImages.png(PartyDocumentSamples.contributions(), 50, 50));
	}

	private static BufferedImage decode(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image).as("a PNG that ImageIO reads").isNotNull();
		return image;
	}

	private static Set<Integer> colours(BufferedImage image, int fromY, int toY) {
		Set<Integer> colours = new HashSet<>();
		for (int y = fromY; y < toY; y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				colours.add(image.getRGB(x, y) & 0xFFFFFF);
			}
		}
		return colours;
	}

	private static int count(BufferedImage image, int rgb, int fromY, int toY) {
		int count = 0;
		for (int y = fromY; y < toY; y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
					count++;
				}
			}
		}
		return count;
	}

	private static int darkPixels(BufferedImage image, int fromY, int toY) {
		int count = 0;
		for (int y = fromY; y < toY; y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int luminance = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
				if (luminance < 3 * 128) {
					count++;
				}
			}
		}
		return count;
	}

	/** The first and last row (from {@code fromY} down) holding the colour, or -1s. */
	private static int[] rows(BufferedImage image, int rgb, int fromY) {
		int first = -1;
		int last = -1;
		for (int y = fromY; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
					if (first < 0) {
						first = y;
					}
					last = y;
					break;
				}
			}
		}
		return new int[] { first, last };
	}

}
