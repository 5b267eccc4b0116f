package vn.sochibo.cellwork;

/**
 * What a meeting decided: a resolution (nghị quyết) or a conclusion (kết luận).
 */
public enum ResolutionKind {

	RESOLUTION, CONCLUSION;

}
