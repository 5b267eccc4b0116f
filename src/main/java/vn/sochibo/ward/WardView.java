package vn.sochibo.ward;

/**
 * A ward and its settings as pages show them.
 */
public record WardView(Long id, String name, String province, String unitLabel, String superiorBody, String placeName,
		String publicBaseUrl, Integer version) {
}
