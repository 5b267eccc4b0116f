package vn.sochibo.project;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored photo, to serve: its type (as recognised when uploaded) and bytes.
 */
public record PhotoContent(Long id, String contentType, String fileName, byte[] bytes) {

	/**
	 * The photo as an HTTP answer: shown in the page with the type recognised at upload
	 * (never sniffed as something else), under its uploaded name.
	 */
	public ResponseEntity<byte[]> toResponse(CacheControl cache) {
		ContentDisposition disposition = ContentDisposition.inline()
			.filename((this.fileName != null) ? this.fileName : "anh-" + this.id, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.contentType))
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(this.bytes);
	}

}
