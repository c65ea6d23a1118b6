package vn.giamsat.supervision;

/** The addressee's answer to a recommendation. */
public enum RecommendationResponse {

	ACCEPTED, PARTLY, REJECTED;

	public String messageKey() {
		return "supervision.recommendationResponse." + name();
	}

}
