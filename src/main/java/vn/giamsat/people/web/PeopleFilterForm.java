package vn.giamsat.people.web;

/** The people list's filters as they come in the query string. */
public record PeopleFilterForm(String q, String unit, Long organisation, String category, Long committee,
		Integer page) {

	public String queryString() {
		return "q=" + enc(q) + "&unit=" + enc(unit) + "&organisation=" + (organisation == null ? "" : organisation)
				+ "&category=" + enc(category) + "&committee=" + (committee == null ? "" : committee);
	}

	private static String enc(String s) {
		return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
	}
}
