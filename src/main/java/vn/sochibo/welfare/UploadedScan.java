package vn.sochibo.welfare;

/**
 * A scan as it was uploaded (a command's part): the name the browser gave and the bytes.
 * Its type is decided by the bytes, not the name.
 */
public record UploadedScan(String fileName, byte[] bytes) {

	public boolean isEmpty() {
		return this.bytes == null || this.bytes.length == 0;
	}

}
