package vn.giamsat.citizenreports.web;

/** The intake form as typed by the officer. */
public record IntakeForm(String channel, String classification, String unit, String subjectName, String subjectPosition,
		String content, String anonymous, String reporterName, String reporterPhone, String reporterAddress) {

	static IntakeForm empty() {
		return new IntakeForm("MEETING", "PHAN_ANH", "", "", "", "", "", "", "", "");
	}

	public boolean isAnonymous() {
		return "true".equals(anonymous);
	}
}
