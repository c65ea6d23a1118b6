package vn.giamsat.stats.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.stats.StatsFilter;
import vn.giamsat.stats.SupervisionStatistics;
import vn.giamsat.stats.internal.DrillDown;
import vn.giamsat.stats.internal.StatsArea;

/**
 * The drill-down behind every figure of the statistics page: same filters, same
 * conditions, so the list's length is the figure.
 */
@Controller
class StatsListController {

	static final int PAGE_SIZE = 100;

	/** Column headers per kind, and which columns hold enum names to translate. */
	static final Map<DrillDown.Kind, List<String>> HEADERS = Map.of(DrillDown.Kind.RECORDS,
			List.of("code", "date", "organisation", "person", "method", "finding"), DrillDown.Kind.PEOPLE,
			List.of("code", "name", "records", "last"), DrillDown.Kind.OPINIONS,
			List.of("code", "date", "organisation", "kind", "topic", "people"), DrillDown.Kind.PAIRS,
			List.of("code", "date", "organisation", "person", "kind"), DrillDown.Kind.ASSIGNED,
			List.of("code", "name", "focalUnit", "year"));

	static final Set<String> ENUM_COLUMNS = Set.of("method", "finding", "kind", "topic");

	private final SupervisionStatistics statistics;

	private final StatsArea areas;

	private final DrillDown drillDown;

	private final CurrentAccess access;

	private final Messages messages;

	StatsListController(SupervisionStatistics statistics, StatsArea areas, DrillDown drillDown, CurrentAccess access,
			Messages messages) {
		this.statistics = statistics;
		this.areas = areas;
		this.drillDown = drillDown;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/stats/list")
	String list(@RequestParam(defaultValue = "records") String kind, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String level, @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DrillDown.Kind k = kind(kind);
		StatsFilter filter = statistics.filter(from, to, unit, level, type);
		DrillDown.Page rows = drillDown.page(k, areas.resolve(filter.unitCode(), access.scope()), filter,
				Math.max(0, page), PAGE_SIZE);
		List<String> columns = HEADERS.get(k);
		List<List<String>> translated = rows.rows()
			.stream()
			.map(row -> java.util.stream.IntStream.range(0, row.size())
				.mapToObj(i -> ENUM_COLUMNS.contains(columns.get(i)) && !row.get(i).isEmpty()
						? messages.get("stats.enum." + row.get(i)) : row.get(i))
				.toList())
			.toList();
		model.addAttribute("page",
				new StatsListPage(k.name().toLowerCase(Locale.ROOT), filter, DateInput.format(filter.from()),
						DateInput.format(filter.to()), columns, translated, rows.total(), rows.page(), rows.hasNext()));
		return "stats/list";
	}

	static DrillDown.Kind kind(String kind) {
		try {
			return DrillDown.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UserInputException("kind", "stats.error.kind", kind);
		}
	}

}
