package vn.giamsat.residence;

/** Whose opinion the residence cell collects before writing its comment. */
public enum OpinionAuthor {

	FRONT_COMMITTEE_HEAD, GROUP_HEAD;

	public String messageKey() {
		return "residence.author." + name();
	}

}
