package vn.sochibo.cellwork;

/**
 * The figures of a set of activities (one activity, a month, a year, a series): how many
 * activities, and for each group the distinct people and the participations (lượt).
 * Members are distinct by their record, named cadres and residents by their normalised
 * name; residents counted by a head count add participations, but cannot be told apart:
 * then the distinct residents are at least the named ones and at least the most residents
 * of any single activity (named and counted), and {@link #residentsAtLeast()} says the
 * figure is a lower bound ("≥").
 */
public record ActivityFigures(long activities, Count members, Count cadres, Count residents, boolean residentsAtLeast) {

	public static final ActivityFigures NONE = new ActivityFigures(0, Count.NONE, Count.NONE, Count.NONE, false);

	/**
	 * Everyone: the groups do not overlap, so the distinct people add up.
	 */
	public Count total() {
		return new Count(this.members.people() + this.cadres.people() + this.residents.people(),
				this.members.participations() + this.cadres.participations() + this.residents.participations());
	}

	/**
	 * Distinct people and participations (lượt).
	 */
	public record Count(long people, long participations) {

		public static final Count NONE = new Count(0, 0);

	}

}
