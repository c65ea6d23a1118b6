package vn.giamsat.stats.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.giamsat.stats.StatsReport;

/** The counts of an already authorised area, for the facade. */
@Component
public class StatsCounter {

	private final CountQueries queries;

	StatsCounter(CountQueries queries) {
		this.queries = queries;
	}

	public StatsReport report(StatsArea.Area area, LocalDate from, LocalDate to) {
		return queries.report(area.unit().code(), area.organisationIds(), from, to);
	}

}
