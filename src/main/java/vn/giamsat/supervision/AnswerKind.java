package vn.giamsat.supervision;

/** The cadre's answer to a released opinion: accepts and corrects, or explains. */
public enum AnswerKind {

	ACCEPTED, EXPLAINED;

	public String messageKey() {
		return "supervision.answerKind." + name();
	}

}
