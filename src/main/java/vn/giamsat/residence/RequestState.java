package vn.giamsat.residence;

/**
 * Where one member's request stands: listed in the campaign, exempt (with a reason), sent
 * to the residence cell, or returned with the cell's comment.
 */
public enum RequestState {

	LISTED, EXEMPT, SENT, RETURNED;

	public String messageKey() {
		return "residence.state." + name();
	}

}
