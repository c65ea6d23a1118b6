package vn.giamsat.residence;

/**
 * A group leader's mark on one aspect (attendance at residence meetings, setting an
 * example, keeping the codes of conduct, taking part in local movements).
 */
public enum Assessment {

	GOOD, PARTLY, NOT;

	public String messageKey() {
		return "residence.assessment." + name();
	}

}
