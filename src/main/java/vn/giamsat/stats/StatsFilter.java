package vn.giamsat.stats;

import java.time.LocalDate;

/**
 * A validated question: the period (both ends included), the administrative unit asked
 * about, and optionally one level and organisation type (a drill-down from one cell).
 */
public record StatsFilter(LocalDate from, LocalDate to, String unitCode, String level, String type) {

	public StatsFilter narrow(String newLevel, String newType) {
		return new StatsFilter(from, to, unitCode, newLevel, newType);
	}

	/** Query string shared by the page, its drill-downs and its exports. */
	public String query() {
		StringBuilder q = new StringBuilder("from=").append(from)
			.append("&to=")
			.append(to)
			.append("&unit=")
			.append(java.net.URLEncoder.encode(unitCode, java.nio.charset.StandardCharsets.UTF_8));
		if (level != null) {
			q.append("&level=").append(level);
		}
		if (type != null) {
			q.append("&type=").append(type);
		}
		return q.toString();
	}

}
