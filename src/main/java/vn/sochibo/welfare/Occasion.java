package vn.sochibo.welfare;

/**
 * The occasion of a welfare program.
 */
public enum Occasion {

	/** Tết Nguyên đán. */
	TET,

	/** Tết Trung thu. */
	MID_AUTUMN,

	/** Khai giảng năm học. */
	SCHOOL_OPENING,

	/** Ngày Thương binh – Liệt sĩ 27/7. */
	JULY_27,

	/** Bão lụt, thiên tai. */
	DISASTER,

	/** Khác. */
	OTHER

}
