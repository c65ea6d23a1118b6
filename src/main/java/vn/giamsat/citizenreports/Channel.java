package vn.giamsat.citizenreports;

/** How the report reached the Front. */
public enum Channel {

	PORTAL, API, FRONT_WORK_COMMITTEE, MEETING, HOTLINE, IMPORT;

	public String messageKey() {
		return "citizenreports.channel." + name();
	}

}
