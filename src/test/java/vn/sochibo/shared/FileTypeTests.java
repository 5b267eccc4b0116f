package vn.sochibo.shared;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	static final byte[] WEBP = { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };

	@Test
	void imagesAreRecognisedByTheirFirstBytes() {
		assertThat(FileType.image(PNG)).contains(FileType.PNG);
		assertThat(FileType.image(JPEG)).contains(FileType.JPEG);
		assertThat(FileType.image(WEBP)).contains(FileType.WEBP);
		assertThat(FileType.PNG.contentType()).isEqualTo("image/png");
		assertThat(FileType.JPEG.contentType()).isEqualTo("image/jpeg");
		assertThat(FileType.WEBP.contentType()).isEqualTo("image/webp");
	}

	@Test
	void anythingElseIsNotAnImage() {
		assertThat(FileType.image("Đây không phải ảnh".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileType.image("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(FileType.image("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(FileType.image(new byte[] { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E' })).isEmpty();
		assertThat(FileType.image(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(FileType.image(new byte[0])).isEmpty();
		assertThat(FileType.image(null)).isEmpty();
	}

	@Test
	void aPdfIsAKnownFileButNotAnImage() {
		byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		assertThat(FileType.of(pdf)).contains(FileType.PDF);
		assertThat(FileType.PDF.contentType()).isEqualTo("application/pdf");
		assertThat(FileType.image(pdf)).isEmpty();
		assertThat(FileType.of(PNG)).contains(FileType.PNG);
		assertThat(FileType.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

}
