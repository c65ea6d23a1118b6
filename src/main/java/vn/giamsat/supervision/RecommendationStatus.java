package vn.giamsat.supervision;

/** Open until answered; the subject may ask for reconsideration; the Front closes it. */
public enum RecommendationStatus {

	OPEN, ANSWERED, RECONSIDERATION, CLOSED;

	public String messageKey() {
		return "supervision.recommendationStatus." + name();
	}

}
