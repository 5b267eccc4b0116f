package vn.sochibo.publicsite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what the public ledger hands out the way its readers do: a CSV file as a
 * spreadsheet reads it, a QR code as a phone's camera reads it.
 */
public final class PublicDocuments {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern MODULE_RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

	private static final int PIXELS_PER_MODULE = 4;

	private PublicDocuments() {
	}

	/**
	 * Fails unless a public document was really rendered, so that a test that then finds
	 * no private value in it has looked at something: an HTML page must show
	 * {@code shows} (the fund's or the ward's name), a CSV download its header, a JSON
	 * download an array; an unfiltered download (no query) must list at least one entry,
	 * a filtered one may match none. An empty answer or an error page fails here.
	 */
	public static void assertRendered(String path, String document, String shows) {
		boolean filtered = path.contains("?");
		if (path.contains(".csv")) {
			List<List<String>> rows = csv(document.startsWith("\uFEFF") ? document.substring(1) : document);
			assertThat(rows).as(path).hasSizeGreaterThan(filtered ? 0 : 1);
			assertThat(rows.get(0)).as(path).contains("Mã bút toán");
		}
		else if (path.contains(".json")) {
			JsonNode entries = JsonMapper.shared().readTree(document);
			assertThat(entries.isArray()).as(path).isTrue();
			assertThat(entries.size()).as(path).isGreaterThanOrEqualTo(filtered ? 0 : 1);
		}
		else {
			assertThat(document).as(path).contains("<html").contains(shows).doesNotContain("Về trang chủ</a>");
		}
	}

	/**
	 * The rows of a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF).
	 */
	public static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The text of the QR code drawn by the first {@code <svg>} of a page, decoded by
	 * ZXing from a rendering of its modules.
	 */
	public static String qrText(String html) throws Exception {
		int start = html.indexOf("<svg");
		String svg = html.substring(start, html.indexOf("</svg>", start));
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new AssertionError("no viewBox in " + svg);
		}
		int modules = Integer.parseInt(box.group(1));
		int size = modules * PIXELS_PER_MODULE;
		int[] pixels = new int[size * size];
		java.util.Arrays.fill(pixels, 0xFFFFFFFF);
		Matcher run = MODULE_RUN.matcher(svg);
		while (run.find()) {
			int x = Integer.parseInt(run.group(1));
			int y = Integer.parseInt(run.group(2));
			int length = Integer.parseInt(run.group(3));
			for (int px = x * PIXELS_PER_MODULE; px < (x + length) * PIXELS_PER_MODULE; px++) {
				for (int py = y * PIXELS_PER_MODULE; py < (y + 1) * PIXELS_PER_MODULE; py++) {
					pixels[py * size + px] = 0xFF000000;
				}
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
		// A drawn code is a pure barcode (no perspective, no noise): read it as one, or
		// the
		// finder-pattern search misreads about one random code in fifteen.
		Result result = new QRCodeReader().decode(bitmap, java.util.Map.of(DecodeHintType.POSSIBLE_FORMATS,
				List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE));
		return result.getText();
	}

}
