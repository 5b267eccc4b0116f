package vn.sochibo.shared;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as inline SVG (for receipts and printed posters): one path of the dark
 * modules, with the standard quiet zone of four modules, crisp at any print size.
 */
public final class QrCodes {

	/** The longest text we encode (a URL); QR codes hold more, but get too dense. */
	public static final int MAX_TEXT = 1000;

	private static final int QUIET_ZONE = 4;

	private QrCodes() {
	}

	/**
	 * An {@code <svg>} element of the QR code of {@code text}, {@code size} CSS pixels
	 * wide and high (the drawing scales; print it at 25 mm or more).
	 * @throws IllegalArgumentException when the text is empty or too long
	 */
	public static String svg(String text, int size) {
		BitMatrix matrix = matrix(text);
		int width = matrix.getWidth() + 2 * QUIET_ZONE;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			int x = 0;
			while (x < matrix.getWidth()) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int run = 1;
				while (x + run < matrix.getWidth() && matrix.get(x + run, y)) {
					run++;
				}
				path.append('M')
					.append(x + QUIET_ZONE)
					.append(' ')
					.append(y + QUIET_ZONE)
					.append('h')
					.append(run)
					.append("v1h-")
					.append(run)
					.append('z');
				x += run;
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" width=\"" + size + "\" height=\""
				+ size + "\" viewBox=\"0 0 " + width + " " + width + "\" shape-rendering=\"crispEdges\">"
				+ "<rect width=\"" + width + "\" height=\"" + width + "\" fill=\"#fff\"/>" + "<path fill=\"#000\" d=\""
				+ path + "\"/></svg>";
	}

	/**
	 * The modules of the QR code of {@code text} (error correction level M, UTF-8),
	 * without the quiet zone.
	 */
	static BitMatrix matrix(String text) {
		if (text == null || text.isEmpty() || text.length() > MAX_TEXT) {
			throw new IllegalArgumentException("a QR code needs a text of 1 to " + MAX_TEXT + " characters");
		}
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.ERROR_CORRECTION,
					ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 0));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode as a QR code: " + ex.getMessage(), ex);
		}
	}

}
