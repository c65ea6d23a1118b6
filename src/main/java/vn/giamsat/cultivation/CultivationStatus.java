package vn.giamsat.cultivation;

/**
 * The life of a self-cultivation plan: written, submitted, approved or returned (with a
 * reason) by the managing party committee, posted, supervised, self-assessed, evaluated
 * by the party cell.
 */
public enum CultivationStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED, POSTED, UNDER_SUPERVISION, SELF_ASSESSED, EVALUATED, WITHDRAWN;

	/** The person (or a clerk for them) may still change the text. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	public String messageKey() {
		return "cultivation.status." + name();
	}

}
