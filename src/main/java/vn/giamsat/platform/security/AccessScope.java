package vn.giamsat.platform.security;

import java.util.Collection;
import java.util.Set;

/**
 * What the signed-in account may see: the administrative units of its organisation's
 * subtree (effective-dated: an account outside its validity has an empty scope), or only
 * its own person for a supervised cadre. Every page and API query filters by it; nothing
 * outside it is shown.
 */
public record AccessScope(String username, Role role, boolean global, Set<Long> unitIds, Long rootUnitId,
		Long organisationId, Long personId) {

	public static AccessScope none(String username, Role role) {
		return new AccessScope(username, role, false, Set.of(), null, null, null);
	}

	public boolean coversUnit(Long unitId) {
		return unitId != null && (global || unitIds.contains(unitId));
	}

	public boolean coversAnyUnit(Collection<Long> ids) {
		return ids.stream().anyMatch(this::coversUnit);
	}

	public boolean is(Role... roles) {
		for (Role r : roles) {
			if (r == role) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Unit ids for SQL {@code = any(?)}; a global scope is expressed by {@link #global()}
	 * instead.
	 */
	public Long[] unitIdArray() {
		return unitIds.toArray(Long[]::new);
	}
}
