package vn.giamsat.stats.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.giamsat.residence.ResidenceComments;
import vn.giamsat.stats.StatsReport;

/** The counts of an already authorised area, for the facade. */
@Component
public class StatsCounter {

	private final CountQueries queries;

	private final ResidenceComments residence;

	StatsCounter(CountQueries queries, ResidenceComments residence) {
		this.queries = queries;
		this.residence = residence;
	}

	/**
	 * Records and opinions of the area's organisations, and the residence comments
	 * returned for members living in the area's units (none for a member organisation's
	 * own view: they are the party's, not the organisation's).
	 */
	public StatsReport report(StatsArea.Area area, LocalDate from, LocalDate to) {
		return queries.report(area.unit().code(), area.cellOfOrganisation(), from, to)
			.withResidenceComments(residence.returnedComments(area.unitIds(), from, to));
	}

	/**
	 * The same report counted by SQL straight from the tables instead of the in-memory
	 * index (ADR 0010): for checks that the two agree, at any scale (the benchmark runs
	 * it).
	 */
	public StatsReport reportFromTables(StatsArea.Area area, LocalDate from, LocalDate to) {
		return queries.reportFromTables(area.unit().code(), area.organisationIds(), from, to)
			.withResidenceComments(residence.returnedComments(area.unitIds(), from, to));
	}

}
