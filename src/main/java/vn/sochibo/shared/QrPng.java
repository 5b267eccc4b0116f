package vn.sochibo.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.common.BitMatrix;

/**
 * A QR code as a PNG {@code data:} URI, for PDFs (the PDF renderer draws images, not
 * inline SVG). Pages use {@link QrCodes#svg}; both draw the same code.
 */
public final class QrPng {

	private static final int QUIET_ZONE = 4;

	private QrPng() {
	}

	/**
	 * @param text what the code encodes (a URL)
	 * @param pixelsPerModule the size of one module in pixels
	 */
	public static String dataUri(String text, int pixelsPerModule) {
		BitMatrix matrix = QrCodes.matrix(text);
		int modules = matrix.getWidth() + 2 * QUIET_ZONE;
		int size = modules * pixelsPerModule;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				int mx = x / pixelsPerModule - QUIET_ZONE;
				int my = y / pixelsPerModule - QUIET_ZONE;
				boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight()
						&& matrix.get(mx, my);
				image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

}
