package vn.giamsat.residence;

/**
 * Why a member is not asked about this year (the groups the regulation's guidance
 * exempts); a free-text reason is always recorded as well.
 */
public enum ExemptionCategory {

	ARMED_FORCES_BARRACKS, MOBILE_WORKER, STUDENT_AWAY, LONG_ILLNESS, OTHER;

	public String messageKey() {
		return "residence.exemption." + name();
	}

}
