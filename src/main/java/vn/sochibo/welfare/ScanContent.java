package vn.sochibo.welfare;

/**
 * The bytes of a scan with their type, to serve it.
 */
public record ScanContent(String contentType, String fileName, byte[] bytes) {
}
