package vn.sochibo.project;

/**
 * What a public-works project builds (labels in {@code messages-project.properties}).
 */
public enum ProjectKind {

	/** Bê tông hóa hẻm. */
	CONCRETE_PAVING,

	/** Thảm nhựa. */
	ASPHALT_PAVING,

	/** Cống thoát nước. */
	DRAINAGE,

	/** Mở rộng hẻm. */
	ALLEY_WIDENING,

	/** Chiếu sáng. */
	STREET_LIGHTING,

	/** Camera an ninh. */
	SECURITY_CAMERAS,

	/** Khác (cờ, biển tên hẻm…). */
	OTHER

}
