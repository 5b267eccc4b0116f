package vn.sochibo.report;

/**
 * The narrative sections of a cell's year-end report, in the order of the document
 * (DOMAIN.md, "What a cell's year-end report covers"): what the secretary writes around
 * the computed figures. Each holds at most {@link #MAX_LENGTH} characters, stored as
 * typed.
 */
public enum ReportSection {

	/** I- Đặc điểm tình hình. */
	SITUATION,

	/** II-1. An sinh xã hội. */
	WELFARE,

	/** II-2. Vận động các quỹ. */
	FUNDS,

	/** II-3. Đóng góp xây dựng kết cấu hạ tầng. */
	WORKS,

	/** II-4. Văn hóa, hoạt động cộng đồng. */
	CULTURE,

	/** II-5. An ninh, trật tự. */
	SECURITY,

	/** II-6. Thực hiện dân chủ ở cơ sở. */
	DEMOCRACY,

	/** III- Công tác xây dựng Đảng. */
	PARTY_BUILDING,

	/** IV- Lãnh đạo Mặt trận và các đoàn thể. */
	FRONT,

	/** V-1. Ưu điểm. */
	STRENGTHS,

	/** V-2. Hạn chế. */
	LIMITATIONS,

	/** V-3. Nguyên nhân. */
	CAUSES,

	/** VI- Phương hướng, nhiệm vụ và chỉ tiêu năm tới. */
	DIRECTIONS,

	/** VII- Kiến nghị, đề xuất. */
	PROPOSALS,

	/** VIII- Tự đánh giá, xếp loại. */
	SELF_RATING;

	public static final int MAX_LENGTH = 8000;

}
