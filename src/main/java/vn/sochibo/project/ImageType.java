package vn.sochibo.project;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image types a project photo may have, recognised by their first bytes (the name and
 * the content type the browser sent prove nothing).
 */
enum ImageType {

	/** FF D8 FF. */
	JPEG("image/jpeg"),

	/** 89 50 4E 47 0D 0A 1A 0A. */
	PNG("image/png"),

	/** "RIFF", four bytes of length, "WEBP". */
	WEBP("image/webp");

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] RIFF = { 'R', 'I', 'F', 'F' };

	private static final byte[] WEBP_MAGIC = { 'W', 'E', 'B', 'P' };

	private final String contentType;

	ImageType(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return this.contentType;
	}

	static Optional<ImageType> of(byte[] bytes) {
		if (startsWith(bytes, 0, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MAGIC)) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
		return bytes != null && bytes.length >= offset + magic.length
				&& Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
	}

}
