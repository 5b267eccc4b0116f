package vn.sochibo.ward;

/**
 * The editable settings of a ward (a command: validated by the form that builds it).
 */
public record WardSettings(String name, String province, String unitLabel, String superiorBody, String placeName,
		String publicBaseUrl) {

	/**
	 * Settings without a public base URL (links then use the address the page was opened
	 * at).
	 */
	public WardSettings(String name, String province, String unitLabel, String superiorBody, String placeName) {
		this(name, province, unitLabel, superiorBody, placeName, null);
	}

}
