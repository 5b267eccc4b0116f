package vn.sochibo.household;

import java.util.EnumSet;
import java.util.Set;

/**
 * A household's situation. Poor and near-poor are decided for one year by the annual
 * review (1/9–14/12); the others {@link #lasts() last} from the year they began until an
 * officer ends them (a policy family stays one from year to year).
 */
public enum StatusKind {

	/** Hộ nghèo. */
	POOR(false),

	/** Hộ cận nghèo. */
	NEAR_POOR(false),

	/** Gia đình chính sách / người có công (with a {@link PolicySubtype}). */
	POLICY_FAMILY(true),

	/** Người cao tuổi sống một mình. */
	ELDERLY_ALONE(true),

	/** Nạn nhân chất độc da cam. */
	AGENT_ORANGE(true),

	/** Người khuyết tật. */
	DISABILITY(true),

	/** Khác: recorded per year (whatever it is, nobody vouches it lasts). */
	OTHER(false);

	private final boolean lasts;

	StatusKind(boolean lasts) {
		this.lasts = lasts;
	}

	/**
	 * Whether a status of this kind holds from its first year until it is ended, rather
	 * than for its one year.
	 */
	public boolean lasts() {
		return this.lasts;
	}

	/**
	 * Whether the yearly review (rà soát hộ nghèo, cận nghèo) decides this kind.
	 */
	public boolean reviewed() {
		return this == POOR || this == NEAR_POOR;
	}

	/**
	 * The kinds the yearly review decides: poor and near-poor.
	 */
	public static Set<StatusKind> reviewedKinds() {
		return EnumSet.of(POOR, NEAR_POOR);
	}

}
