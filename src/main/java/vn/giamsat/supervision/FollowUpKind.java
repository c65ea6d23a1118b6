package vn.giamsat.supervision;

/** What the Front does when a recommendation is not (well) answered. */
public enum FollowUpKind {

	REMIND, ESCALATE, DIALOGUE;

	public String messageKey() {
		return "supervision.followUpKind." + name();
	}

}
