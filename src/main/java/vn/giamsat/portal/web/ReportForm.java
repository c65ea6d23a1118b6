package vn.giamsat.portal.web;

/** The public report form as typed by the resident. */
public record ReportForm(String classification, String subjectCode, String subjectName, String subjectPosition,
		String content, String anonymous, String reporterName, String reporterPhone, String reporterAddress) {

	static ReportForm empty() {
		return new ReportForm("PHAN_ANH", "", "", "", "", "true", "", "", "");
	}

	public boolean isAnonymous() {
		return !"false".equals(anonymous);
	}

}
