package vn.giamsat.stats.web;

import java.util.List;

import vn.giamsat.orgs.UnitView;
import vn.giamsat.stats.StatsFilter;
import vn.giamsat.stats.StatsReport;

/**
 * What the statistics page shows: the question as typed, the answer and the charts.
 *
 * @param levels the levels with a summary table, top down
 * @param months month labels of the monthly table (MM/yyyy)
 * @param monthly one row per organisation type label: its counts per month
 * @param criteria one row per criterion: code then counts per finding
 */
public record StatsPage(StatsFilter filter, String fromText, String toText, List<UnitView> units, StatsReport report,
		List<String> levels, Charts.LineChart monthlyChart, List<String> months, List<LabelledCounts> monthly,
		Charts.BarChart criteriaChart, List<String> findings, List<LabelledCounts> criteria) {

	/** A row of a chart's data table. */
	public record LabelledCounts(String label, List<Long> counts) {
	}

	public static String levelKey(String levelCode) {
		return vn.giamsat.orgs.AdminLevel.fromCode(levelCode)
			.map(vn.giamsat.orgs.AdminLevel::messageKey)
			.orElse(levelCode);
	}

	public static String typeKey(String typeCode) {
		return vn.giamsat.orgs.OrganisationType.fromCode(typeCode)
			.map(vn.giamsat.orgs.OrganisationType::messageKey)
			.orElse(typeCode);
	}

	/** Link to the rows behind one figure. */
	public String link(String kind, String level, String type) {
		return "/stats/list?kind=" + kind + "&" + filter.narrow(level, type).query();
	}

	public String exportLink(String format) {
		return "/stats/report." + format + "?" + filter.narrow(null, null).query();
	}

	public String presetLink(String preset) {
		return "/stats?preset=" + preset + "&unit="
				+ java.net.URLEncoder.encode(filter.unitCode(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
