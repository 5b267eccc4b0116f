package vn.sochibo.cellwork.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The minutes' style sheet (Party document layout), shared by the print page and the PDF.
 */
final class MinutesCss {

	static final String CSS = read();

	private MinutesCss() {
	}

	private static String read() {
		try (InputStream in = MinutesCss.class.getResourceAsStream("/static/css/minutes.css")) {
			if (in == null) {
				throw new IllegalStateException("minutes.css missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
