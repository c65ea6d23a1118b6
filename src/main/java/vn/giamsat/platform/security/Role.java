package vn.giamsat.platform.security;

/**
 * The roles of DOMAIN.md §4. Citizens have no account and therefore no role. Each account
 * has exactly one role, bound to one organisation; what a role may do is declared where
 * it is used ({@code @PreAuthorize} on the use case) so that a reader finds the rule
 * beside the action.
 */
public enum Role {

	SYSTEM_ADMIN, FRONT_OFFICER, MEMBER_ORG_OFFICER, FRONT_WORK_COMMITTEE, PROPAGANDA_OFFICER, PARTY_COMMITTEE_OFFICER,
	PARTY_CELL_OFFICER, CADRE, LEADER;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
