package vn.sochibo.shared;

/**
 * Resolves the area scope of a user (implemented by the account feature).
 */
public interface AreaScopes {

	AreaScope of(CurrentUser user);

}
