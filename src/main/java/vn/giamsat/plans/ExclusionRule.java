package vn.giamsat.plans;

/** Why a focal unit may not supervise a subject; each rule has its own message. */
public enum ExclusionRule {

	/** The unit supervised the subject in one of the last K plans of the same owner. */
	ROTATION,
	/**
	 * A member organisation never supervises its own leaders or members who hold office
	 * in it.
	 */
	OWN_ORGANISATION,
	/** An organisation never supervises itself. */
	SELF,
	/** A conflict of interest declared by an officer for this pair, with a reason. */
	DECLARED;

	public String messageKey() {
		return "plan.rule." + name();
	}

}
