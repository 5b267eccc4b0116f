package vn.sochibo.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 text resource of the application (a document's stylesheet), read once by its
 * user; a missing resource is a packaging error.
 */
public final class ClasspathText {

	private ClasspathText() {
	}

	public static String read(String path) {
		try (InputStream in = ClasspathText.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
