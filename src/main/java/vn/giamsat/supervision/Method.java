package vn.giamsat.supervision;

/** How a supervision record was observed (DOMAIN.md §1.3–1.4). */
public enum Method {

	DAILY_OBSERVATION, DIRECT_EXCHANGE, COMMITMENT_CHECK, DOCUMENT_REVIEW, DELEGATION, ACTIVITY, PEOPLES_INSPECTION,
	CITIZEN_REPORT;

	public String messageKey() {
		return "supervision.method." + name();
	}

}
