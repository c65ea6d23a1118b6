package vn.giamsat.residence;

/**
 * The residence cell's overall judgement that goes back to the workplace organisation.
 */
public enum Rating {

	GOOD, FULFILLED, NOT_FULFILLED;

	public String messageKey() {
		return "residence.rating." + name();
	}

}
