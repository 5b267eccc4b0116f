package vn.sochibo.ward;

import java.util.Arrays;

import vn.sochibo.shared.VietnameseText;

/**
 * What kind of residential unit an area is: the label depends on the place (khu vực in
 * Cần Thơ, khu phố or ấp in Thành phố Hồ Chí Minh, tổ dân phố in most of the north and
 * centre, thôn, làng, bản, xóm, khóm, buôn…) and, within one ward, may differ from the
 * ward's usual label (Phường Chi Lăng's tổ dân phố and its làng Ia Lang). Labels in the
 * message bundle ({@code area.kind.*}).
 */
public enum AreaKind {

	KHU_VUC("khu vuc"), KHU_PHO("khu pho"), AP("ap"), TO_DAN_PHO("to dan pho"), THON("thon"), LANG("lang"), BAN("ban"),
	XOM("xom"), KHOM("khom"), BUON("buon"), TO("to"),

	/** The general term, for a ward whose label names none of the others. */
	KHU_DAN_CU("khu dan cu");

	private final String key;

	AreaKind(String key) {
		this.key = key;
	}

	/**
	 * The kind a ward's unit label names ("Tổ dân phố" → {@link #TO_DAN_PHO}), or the
	 * general {@link #KHU_DAN_CU}: the default for a new area of that ward.
	 */
	public static AreaKind named(String unitLabel) {
		String key = VietnameseText.searchKey(unitLabel);
		return Arrays.stream(values()).filter((kind) -> kind.key.equals(key)).findFirst().orElse(KHU_DAN_CU);
	}

}
