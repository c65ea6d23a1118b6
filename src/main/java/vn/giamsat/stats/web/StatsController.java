package vn.giamsat.stats.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.stats.StatsFilter;
import vn.giamsat.stats.StatsReport;
import vn.giamsat.stats.SupervisionStatistics;
import vn.giamsat.stats.internal.ChartQueries;
import vn.giamsat.stats.internal.StatsArea;
import vn.giamsat.stats.internal.StatsPeriods;

/** The statistics page: summary tables by level and organisation, charts, exports. */
@Controller
class StatsController {

	static final String VIEW = "stats/summary";

	static final List<String> FINDINGS = List.of("GOOD", "NOTE", "CONCERN", "SIGN_OF_VIOLATION");

	private final SupervisionStatistics statistics;

	private final StatsPeriods periods;

	private final StatsArea areas;

	private final ChartQueries charts;

	private final OrgStructure structure;

	private final CurrentAccess access;

	private final Messages messages;

	StatsController(SupervisionStatistics statistics, StatsPeriods periods, StatsArea areas, ChartQueries charts,
			OrgStructure structure, CurrentAccess access, Messages messages) {
		this.statistics = statistics;
		this.periods = periods;
		this.areas = areas;
		this.charts = charts;
		this.structure = structure;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/stats")
	String summary(@RequestParam(required = false) String preset, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unit, Model model) {
		if (preset != null && StatsPeriods.PRESETS.contains(preset)) {
			LocalDate[] p = periods.preset(preset);
			from = p[0].toString();
			to = p[1].toString();
		}
		StatsFilter filter = statistics.filter(from, to, unit, null, null);
		StatsReport report = statistics.report(filter);
		model.addAttribute("page", page(filter, report, areas.resolve(filter.unitCode(), access.scope())));
		return VIEW;
	}

	private StatsPage page(StatsFilter filter, StatsReport report, StatsArea.Area area) {
		Long[] orgIds = area.organisationIds();
		List<String> levels = report.byLevel().stream().map(StatsReport.LevelRow::level).toList();
		List<LocalDate> months = new ArrayList<>();
		for (LocalDate m = filter.from().withDayOfMonth(1); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
			months.add(m);
		}
		Map<String, Map<LocalDate, Long>> perMonth = charts.recordsPerMonth(area, filter.from(), filter.to());
		List<StatsPage.LabelledCounts> monthly = new ArrayList<>();
		perMonth.forEach((type, counts) -> monthly.add(new StatsPage.LabelledCounts(typeLabel(type),
				months.stream().map(m -> counts.getOrDefault(m, 0L)).toList())));
		Map<String, Map<String, Long>> byCriterion = charts.findingsByCriterion(area, filter.from(), filter.to());
		List<StatsPage.LabelledCounts> criteria = new ArrayList<>();
		byCriterion.forEach((code, counts) -> criteria
			.add(new StatsPage.LabelledCounts(code, FINDINGS.stream().map(f -> counts.getOrDefault(f, 0L)).toList())));
		return new StatsPage(filter, DateInput.format(filter.from()), DateInput.format(filter.to()), units(), report,
				levels, Charts.lines(months, perMonth, this::typeLabel),
				months.stream().map(m -> String.format("%02d/%d", m.getMonthValue(), m.getYear())).toList(), monthly,
				Charts.bars(byCriterion, FINDINGS, f -> messages.get("stats.enum." + f)),
				FINDINGS.stream().map(f -> messages.get("stats.enum." + f)).toList(), criteria);
	}

	/**
	 * Units to choose from: down to wards (groups would make the list thousands long), or
	 * the groups themselves for a residential group's Front work committee.
	 */
	private List<vn.giamsat.orgs.UnitView> units() {
		List<vn.giamsat.orgs.UnitView> units = structure.unitsInScope(access.scope(),
				EnumSet.of(AdminLevel.CITY, AdminLevel.DISTRICT, AdminLevel.WARD));
		return units.isEmpty() ? structure.unitsInScope(access.scope(), EnumSet.allOf(AdminLevel.class)) : units;
	}

	private String typeLabel(String enumName) {
		return messages.get(OrganisationType.valueOf(enumName).messageKey());
	}

}
