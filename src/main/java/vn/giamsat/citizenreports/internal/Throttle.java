package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Fixed-window counters per client address, in memory: enough for one instance behind the
 * reverse proxy; with several instances each allows its own share (documented in
 * docs/adr/0008). Old windows are dropped as new ones begin, so the map stays small.
 */
@Component
public class Throttle {

	public enum Action {

		SUBMIT, LOOKUP

	}

	private record Window(long start, AtomicInteger count) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final ReportSettings settings;

	private final Clock clock;

	Throttle(ReportSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Counts one attempt of the address.
	 * @throws vn.giamsat.citizenreports.TooManyRequests when the address used up its
	 * allowance
	 */
	public void acquire(Action action, String address) {
		long span = action == Action.SUBMIT ? 3_600_000L : 60_000L;
		int limit = action == Action.SUBMIT ? settings.submitPerHour() : settings.lookupPerMinute();
		long now = clock.millis();
		long start = now - now % span;
		if (windows.size() > 100_000) {
			windows.values().removeIf(w -> w.start() < now - 3_600_000L);
		}
		Window w = windows.compute(action + "|" + address,
				(k, old) -> old == null || old.start() != start ? new Window(start, new AtomicInteger()) : old);
		if (w.count().incrementAndGet() > limit) {
			throw new vn.giamsat.citizenreports.TooManyRequests(action == Action.SUBMIT
					? "citizenreports.error.tooManySubmissions" : "citizenreports.error.tooManyLookups",
					(start + span - now) / 1000 + 1);
		}
	}

	/** Tests start from a clean slate. */
	public void reset() {
		windows.clear();
	}

}
