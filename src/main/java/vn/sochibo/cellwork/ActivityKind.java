package vn.sochibo.cellwork;

/**
 * What a community activity was: "3 cùng" (cùng ăn, cùng ở, cùng làm), Ngày Chủ nhật
 * xanh, trật tự đô thị, vệ sinh môi trường, phòng cháy chữa cháy, trồng cây, tuyên
 * truyền, rác đúng giờ, lắp camera an ninh, thay cờ Tổ quốc, thăm hỏi, or another kind
 * named in words.
 */
public enum ActivityKind {

	THREE_TOGETHER, GREEN_SUNDAY, URBAN_ORDER, SANITATION, FIRE_SAFETY, TREE_PLANTING, PROPAGANDA, WASTE_ON_TIME,
	SECURITY_CAMERAS, FLAG_REPLACEMENT, VISITS, OTHER

}
