package vn.giamsat.stats.internal;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The in-memory index the statistics count from (ADR 0010). Before each count it asks the
 * database for the current commit epoch and, if the index is behind, applies the logged
 * changes up to it (or reloads the tables after a truncate or a pruned log), so every
 * answer is exactly the committed tables — as a test compares at random — while a
 * city-wide, five-year count touches arrays in memory instead of millions of index
 * entries.
 */
@Component
class FactIndex {

	private static final Logger log = LoggerFactory.getLogger(FactIndex.class);

	private final FactLoader loader;

	private final FactChanges changes;

	private FactSnapshot snapshot;

	FactIndex(FactLoader loader, FactChanges changes) {
		this.loader = loader;
		this.changes = changes;
	}

	/**
	 * Loads the tables once the application is up, so the first visitor does not wait.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread loading = new Thread(() -> {
			try {
				current();
			}
			catch (RuntimeException e) {
				// the next count loads it again and reports the failure to its caller
				log.warn("Statistics index not loaded at start: {}", e.toString());
			}
		}, "stats-index-warm-up");
		loading.setDaemon(true);
		loading.start();
	}

	/**
	 * The facts as of the latest committed epoch (or later, if another request got there
	 * first).
	 */
	synchronized FactSnapshot current() {
		FactChanges.Epoch epoch = changes.epoch();
		if (snapshot != null && snapshot.epoch() >= epoch.value()) {
			return snapshot;
		}
		if (snapshot != null && snapshot.epoch() + 1 >= epoch.prunedBelow()) {
			Optional<FactSnapshot> next = changes.apply(snapshot, epoch.value());
			if (next.isPresent()) {
				snapshot = next.get();
				return snapshot;
			}
		}
		long t = System.nanoTime();
		snapshot = loader.load();
		log.info("Statistics index loaded at epoch {} in {} ms: {} organisations with records", snapshot.epoch(),
				(System.nanoTime() - t) / 1_000_000, snapshot.records().size());
		return snapshot;
	}

}
