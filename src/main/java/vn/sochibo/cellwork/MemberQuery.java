package vn.sochibo.cellwork;

/**
 * The filters of a cell's member list: which members, and accent-insensitive words of the
 * name ("nguyen van" finds "Nguyễn Văn Út").
 */
public record MemberQuery(MemberFilter filter, String text) {

	public MemberQuery {
		filter = (filter != null) ? filter : MemberFilter.CURRENT;
	}

}
