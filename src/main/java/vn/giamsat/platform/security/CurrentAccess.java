package vn.giamsat.platform.security;

/**
 * The scope of the account behind the current request. Defined here, implemented by the
 * identity module, so that lower modules (orgs, people) can filter by scope without
 * depending upward.
 */
public interface CurrentAccess {

	AccessScope scope();

	/** Throws {@link OutOfScopeException} unless the unit lies in the caller's scope. */
	default void requireUnit(Long unitId) {
		if (!scope().coversUnit(unitId)) {
			throw new OutOfScopeException();
		}
	}

}
