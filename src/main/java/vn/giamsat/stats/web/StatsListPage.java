package vn.giamsat.stats.web;

import java.util.List;

import vn.giamsat.stats.StatsFilter;

/** One page of the rows behind a figure, with the filter that produced it. */
public record StatsListPage(String kind, StatsFilter filter, String fromText, String toText, List<String> headers,
		List<List<String>> rows, long total, int page, boolean hasNext) {

	public String pageLink(int target) {
		return "/stats/list?kind=" + kind + "&" + filter.query() + "&page=" + target;
	}

	public String backLink() {
		return "/stats?" + filter.narrow(null, null).query();
	}

}
