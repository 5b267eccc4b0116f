package vn.sochibo.welfare;

/**
 * What a household receives.
 */
public enum GiftItem {

	/** Nhu yếu phẩm. */
	NECESSITIES,

	/** Phần quà, suất quà. */
	GIFT_PACKAGE,

	/** Tiền mặt. */
	CASH,

	/** Học bổng. */
	SCHOLARSHIP,

	/** Thẻ bảo hiểm y tế. */
	HEALTH_INSURANCE,

	/** Sửa nhà hoặc xây nhà mới (nhà tình thương, xóa nhà tạm). */
	HOUSING,

	/** Khác. */
	OTHER

}
