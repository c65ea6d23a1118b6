package vn.giamsat.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.CitizenReports;

/**
 * The public counts of a unit, recomputed at most every few minutes: counting a busy
 * ward's year of reports on every page view would let anyone load the database from the
 * internet, and public figures need not be fresher than that.
 */
@Component
public class PublicFigures {

	/** Counts already suppressed below five (null = "fewer than 5"). */
	public record Figures(Long received, Long answered, Long records, Long opinions) {
	}

	private record Cached(long expires, Figures figures) {
	}

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private final CitizenReports reports;

	private final PortalQueries queries;

	private final Clock clock;

	private final Duration ttl;

	PublicFigures(CitizenReports reports, PortalQueries queries, Clock clock,
			@Value("${giamsat.portal.figures-ttl:PT5M}") Duration ttl) {
		this.reports = reports;
		this.queries = queries;
		this.clock = clock;
		this.ttl = ttl;
	}

	public Figures of(long unitId, Set<Long> subtree, int year) {
		long now = clock.millis();
		Cached c = cache.get(unitId + "/" + year);
		if (c != null && c.expires() > now) {
			return c.figures();
		}
		var counts = reports.counts(subtree, year);
		long[] supervision = queries.supervisionCounts(subtree, year);
		Figures f = new Figures(SmallCounts.shown(counts.received()), SmallCounts.shown(counts.answered()),
				SmallCounts.shown(supervision[0]), SmallCounts.shown(supervision[1]));
		if (cache.size() > 10_000) {
			cache.clear();
		}
		cache.put(unitId + "/" + year, new Cached(now + ttl.toMillis(), f));
		return f;
	}

}
