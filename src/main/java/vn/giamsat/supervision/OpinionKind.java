package vn.giamsat.supervision;

/** Commendation, suggestion or criticism. */
public enum OpinionKind {

	COMMENDATION, SUGGESTION, CRITICISM;

	public String messageKey() {
		return "supervision.opinionKind." + name();
	}

}
