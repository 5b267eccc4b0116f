package vn.sochibo.cellwork;

/**
 * A cell meeting: regular (sinh hoạt thường kỳ, at most one a month) or thematic (chuyên
 * đề, with a topic).
 */
public enum MeetingKind {

	REGULAR, THEMATIC;

}
