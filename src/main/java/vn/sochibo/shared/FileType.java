package vn.sochibo.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types an upload may have (photos, scans of signed lists), recognised by their
 * first bytes: the name and the content type the browser sent prove nothing.
 */
public enum FileType {

	/** FF D8 FF. */
	JPEG("image/jpeg", true),

	/** 89 50 4E 47 0D 0A 1A 0A. */
	PNG("image/png", true),

	/** "RIFF", four bytes of length, "WEBP". */
	WEBP("image/webp", true),

	/** "%PDF-". */
	PDF("application/pdf", false);

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] RIFF = { 'R', 'I', 'F', 'F' };

	private static final byte[] WEBP_MAGIC = { 'W', 'E', 'B', 'P' };

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private final String contentType;

	private final boolean image;

	FileType(String contentType, boolean image) {
		this.contentType = contentType;
		this.image = image;
	}

	public String contentType() {
		return this.contentType;
	}

	public boolean isImage() {
		return this.image;
	}

	/**
	 * The type of these bytes when they are one of the known types.
	 */
	public static Optional<FileType> of(byte[] bytes) {
		if (startsWith(bytes, 0, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MAGIC)) {
			return Optional.of(WEBP);
		}
		if (startsWith(bytes, 0, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		return Optional.empty();
	}

	/**
	 * The type of these bytes when they are an image (JPEG, PNG, WebP).
	 */
	public static Optional<FileType> image(byte[] bytes) {
		return of(bytes).filter(FileType::isImage);
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
		return bytes != null && bytes.length >= offset + magic.length
				&& Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
	}

}
