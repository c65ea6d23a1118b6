package vn.giamsat.stats;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.stats.internal.StatsArea;
import vn.giamsat.stats.internal.StatsCounter;
import vn.giamsat.stats.internal.StatsPeriods;

/**
 * Counts over supervision records and opinions for a unit and a period, authorised by the
 * caller's role and scope. The API, the pages and the exports all go through
 * {@link #report}, so they cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionStatistics {

	private final CurrentAccess access;

	private final StatsArea areas;

	private final StatsPeriods periods;

	private final StatsCounter counter;

	SupervisionStatistics(CurrentAccess access, StatsArea areas, StatsPeriods periods, StatsCounter counter) {
		this.access = access;
		this.areas = areas;
		this.periods = periods;
		this.counter = counter;
	}

	/**
	 * Validates the raw request parameters (dates as typed, unit code; blank unit = the
	 * root of the caller's scope).
	 * @throws vn.giamsat.platform.web.UserInputException for bad dates or an unknown unit
	 * @throws vn.giamsat.platform.security.OutOfScopeException outside the scope
	 */
	public StatsFilter filter(String from, String to, String unit, String level, String type) {
		AccessScope scope = access.scope();
		LocalDate[] period = periods.parse(from, to);
		String unitCode = unit == null || unit.isBlank() ? areas.defaultUnitCode(scope) : unit.strip();
		areas.check(unitCode, scope);
		return new StatsFilter(period[0], period[1], unitCode, blankToNull(level), blankToNull(type));
	}

	public StatsReport report(StatsFilter filter) {
		StatsArea.Area area = areas.resolve(filter.unitCode(), access.scope());
		return counter.report(area, filter.from(), filter.to());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
