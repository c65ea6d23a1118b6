package vn.giamsat.stats.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giamsat.stats.StatsReport;
import vn.giamsat.stats.SupervisionStatistics;

/** The contract's statistics endpoint (API-CONTRACT.md, Statistics). */
@RestController
@RequestMapping("/api/v1/stats")
class StatsApiController {

	private final SupervisionStatistics statistics;

	StatsApiController(SupervisionStatistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * Dates as {@code yyyy-MM-dd} (also {@code dd/MM/yyyy}); a missing period means the
	 * last six months, a missing unit the root of the caller's scope.
	 */
	@GetMapping("/supervision")
	StatsReport supervision(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String unit) {
		return statistics.report(statistics.filter(from, to, unit, null, null));
	}

}
