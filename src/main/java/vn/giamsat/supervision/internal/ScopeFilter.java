package vn.giamsat.supervision.internal;

import java.util.List;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;

/**
 * The SQL condition that keeps records and opinions inside the caller's scope (DOMAIN.md
 * §4): a Front officer or leader sees what organisations of their unit subtree wrote; a
 * member organisation only its own; a residential group's Front committee its own and
 * what concerns people living in its group; nobody else anything.
 *
 * @param sql a boolean SQL expression with {@code ?} placeholders
 * @param params the values for those placeholders, in order
 */
public record ScopeFilter(String sql, List<Object> params) {

	/**
	 * @param orgColumn the column holding the writing organisation, e.g.
	 * {@code r.organisation_id}
	 * @param residentsExists an {@code exists (…)} subquery with one {@code ?} for the
	 * unit ids, true when a person concerned lives in those units
	 */
	public static ScopeFilter of(AccessScope scope, String orgColumn, String residentsExists) {
		if (scope.global()) {
			return new ScopeFilter("true", List.of());
		}
		if (scope.is(Role.FRONT_OFFICER, Role.LEADER)) {
			return new ScopeFilter(
					"exists (select 1 from organisation so where so.id = " + orgColumn + " and so.unit_id = any(?))",
					List.of((Object) scope.unitIdArray()));
		}
		if (scope.is(Role.MEMBER_ORG_OFFICER) && scope.organisationId() != null) {
			return new ScopeFilter(orgColumn + " = ?", List.of(scope.organisationId()));
		}
		if (scope.is(Role.FRONT_WORK_COMMITTEE) && scope.organisationId() != null) {
			return new ScopeFilter("(" + orgColumn + " = ? or " + residentsExists + ")",
					List.of(scope.organisationId(), scope.unitIdArray()));
		}
		return new ScopeFilter("false", List.of());
	}

}
