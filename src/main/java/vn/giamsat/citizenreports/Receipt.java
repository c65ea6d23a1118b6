package vn.giamsat.citizenreports;

/**
 * What the reporter takes away: the receipt code, shown once and never stored in clear.
 */
public record Receipt(long reportId, String receiptCode) {

	/** 1234 5678 9012 3456: easier to copy by hand. */
	public String grouped() {
		return receiptCode.replaceAll("(\\d{4})(?=\\d)", "$1 ");
	}

}
