package vn.giamsat.citizenreports;

/**
 * Where a report stands. The main line is RECEIVED → SCREENED → VERIFYING → FORWARDED →
 * ANSWERED → CLOSED; ROUTED_OUT, ARCHIVED and REJECTED end it early.
 */
public enum ReportStatus {

	RECEIVED, SCREENED, VERIFYING, FORWARDED, ANSWERED, CLOSED, ROUTED_OUT, ARCHIVED, REJECTED;

	public String messageKey() {
		return "citizenreports.status." + name();
	}

	/** Still waiting for the Front or the committee to act (deadlines run). */
	public boolean open() {
		return this == RECEIVED || this == SCREENED || this == VERIFYING || this == FORWARDED;
	}

}
