package vn.giamsat.stats.web;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.stats.internal.CoverageQueries;
import vn.giamsat.stats.internal.StatsArea;
import vn.giamsat.stats.internal.StatsPeriods;

/** Coverage: the gaps a Standing Committee closes before the six-monthly report. */
@Controller
class CoverageController {

	static final int LIMIT = 200;

	private final StatsArea areas;

	private final StatsPeriods periods;

	private final CoverageQueries coverage;

	private final CurrentAccess access;

	CoverageController(StatsArea areas, StatsPeriods periods, CoverageQueries coverage, CurrentAccess access) {
		this.areas = areas;
		this.periods = periods;
		this.coverage = coverage;
		this.access = access;
	}

	@GetMapping("/stats/coverage")
	String coverage(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "6") String months,
			@RequestParam(required = false) Integer year, Model model) {
		int m = months(months);
		String unitCode = unit == null || unit.isBlank() ? areas.defaultUnitCode(access.scope()) : unit.strip();
		Long[] orgIds = areas.resolve(unitCode, access.scope()).organisationIds();
		LocalDate today = periods.today();
		LocalDate since = today.minusMonths(m);
		int y = year == null ? today.getYear() : year;
		model.addAttribute("page", new CoveragePage(unitCode, m, DateInput.format(since), y,
				coverage.unsupervisedSince(orgIds, since, LIMIT), coverage.assignmentsWithoutRecord(orgIds, y, LIMIT)));
		return "stats/coverage";
	}

	static int months(String text) {
		try {
			int m = Integer.parseInt(text.strip());
			if (m >= 1 && m <= 60) {
				return m;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UserInputException("months", "stats.error.months", text);
	}

}
