package vn.sochibo.project;

/**
 * A photo as it was uploaded: the name the browser gave it and its bytes. Its type is
 * what its first bytes say, not its name or the browser's content type.
 */
public record UploadedPhoto(String fileName, byte[] bytes) {

	public long size() {
		return this.bytes.length;
	}

}
