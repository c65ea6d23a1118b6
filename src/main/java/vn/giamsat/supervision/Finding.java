package vn.giamsat.supervision;

/** What the supervisor found in one record, from good to a sign of violation. */
public enum Finding {

	GOOD, NOTE, CONCERN, SIGN_OF_VIOLATION;

	public String messageKey() {
		return "supervision.finding." + name();
	}

}
