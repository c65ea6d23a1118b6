package vn.giamsat.cultivation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The filters of the plans overview as they come in the query string. */
public record PlanOverviewForm(String year, String status, Long committee, String unit, String q, Integer page) {

	public String queryString(int effectiveYear) {
		return "year=" + effectiveYear + "&status=" + enc(status) + "&committee=" + (committee == null ? "" : committee)
				+ "&unit=" + enc(unit) + "&q=" + enc(q);
	}

	private static String enc(String s) {
		return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
