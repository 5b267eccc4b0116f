package vn.sochibo.project;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTypeTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	static final byte[] WEBP = { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };

	@Test
	void imagesAreRecognisedByTheirFirstBytes() {
		assertThat(ImageType.of(PNG)).contains(ImageType.PNG);
		assertThat(ImageType.of(JPEG)).contains(ImageType.JPEG);
		assertThat(ImageType.of(WEBP)).contains(ImageType.WEBP);
		assertThat(ImageType.PNG.contentType()).isEqualTo("image/png");
		assertThat(ImageType.JPEG.contentType()).isEqualTo("image/jpeg");
		assertThat(ImageType.WEBP.contentType()).isEqualTo("image/webp");
	}

	@Test
	void anythingElseIsNotAnImage() {
		assertThat(ImageType.of("Đây không phải ảnh".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageType.of("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(ImageType.of("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageType.of(new byte[] { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E' })).isEmpty();
		assertThat(ImageType.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(ImageType.of(new byte[0])).isEmpty();
		assertThat(ImageType.of(null)).isEmpty();
	}

}
