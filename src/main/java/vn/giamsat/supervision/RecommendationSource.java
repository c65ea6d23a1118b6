package vn.giamsat.supervision;

/** Where a recommendation comes from. */
public enum RecommendationSource {

	DELEGATION, DOCUMENT_REVIEW, REGULAR, CITIZEN_REPORT;

	public String messageKey() {
		return "supervision.recommendationSource." + name();
	}

}
