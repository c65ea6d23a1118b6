package vn.giamsat.stats.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DashboardContributor;
import vn.giamsat.platform.web.DashboardItem;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.stats.internal.CoverageQueries;
import vn.giamsat.stats.internal.StatsArea;
import vn.giamsat.stats.internal.StatsPeriods;

/** Puts this year's assignments without any record on a Front officer's start page. */
@Component
class CoverageDashboard implements DashboardContributor {

	private final StatsArea areas;

	private final CoverageQueries coverage;

	private final StatsPeriods periods;

	private final Messages messages;

	CoverageDashboard(StatsArea areas, CoverageQueries coverage, StatsPeriods periods, Messages messages) {
		this.areas = areas;
		this.coverage = coverage;
		this.periods = periods;
		this.messages = messages;
	}

	@Override
	public List<DashboardItem> items(AccessScope scope) {
		if (!scope.is(Role.FRONT_OFFICER) || scope.rootUnitId() == null) {
			return List.of();
		}
		String unit = areas.defaultUnitCode(scope);
		int year = periods.today().getYear();
		long gaps = coverage.assignmentsWithoutRecord(areas.resolve(unit, scope).organisationIds(), year, 1).total();
		if (gaps == 0) {
			return List.of();
		}
		return List.of(new DashboardItem(gaps, messages.get("stats.coverage.dashboard"),
				"/stats/coverage?unit=" + unit + "&year=" + year, true));
	}

}
