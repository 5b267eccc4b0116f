package vn.sochibo.household;

/**
 * The kind of policy family (gia đình chính sách / người có công với cách mạng).
 */
public enum PolicySubtype {

	/** Thân nhân liệt sĩ. */
	MARTYR_FAMILY,

	/** Thương binh, người hưởng chính sách như thương binh. */
	WAR_INVALID,

	/** Bệnh binh. */
	SICK_SOLDIER,

	/** Bà mẹ Việt Nam anh hùng. */
	HEROIC_MOTHER,

	/** Người hoạt động kháng chiến bị nhiễm chất độc hóa học. */
	AGENT_ORANGE_VETERAN,

	/** Người hoạt động cách mạng, kháng chiến. */
	RESISTANCE_ACTIVIST,

	/** Người có công giúp đỡ cách mạng. */
	REVOLUTION_SUPPORTER,

	/** Khác. */
	OTHER

}
