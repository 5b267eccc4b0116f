package vn.sochibo.welfare;

/**
 * The Social Policy Bank's programme a household is introduced to (labels in
 * {@code messages-loans.properties}).
 */
public enum LoanPurpose {

	/** Cho vay hộ nghèo (sản xuất, kinh doanh). */
	POOR_HOUSEHOLD,

	/** Cho vay hộ cận nghèo. */
	NEAR_POOR_HOUSEHOLD,

	/** Cho vay hộ mới thoát nghèo. */
	NEWLY_OUT_OF_POVERTY,

	/** Cho vay học sinh, sinh viên có hoàn cảnh khó khăn. */
	STUDENT,

	/** Cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm. */
	JOB_CREATION,

	/** Cho vay nước sạch và vệ sinh môi trường. */
	CLEAN_WATER_SANITATION,

	/** Cho vay nhà ở (nhà ở xã hội, nhà ở cho hộ nghèo). */
	HOUSING,

	/** Chương trình khác: the note says which. */
	OTHER

}
