package vn.giamsat.stats.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets logged fact changes two days after their commit: every running instance has
 * applied them long before (it catches up on each count). An instance that was asleep
 * longer sees {@code pruned_below} past its epoch and reloads the tables instead.
 */
@Component
class StatsChangePruning {

	private final JdbcClient jdbc;

	StatsChangePruning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "0 17 3 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "stats-change-pruning", lockAtMostFor = "PT30M")
	@Transactional
	public void prune() {
		long last = jdbc
			.sql("select coalesce(max(epoch), -1) from stats_commit where committed_at < now() - interval '2 days'")
			.query(Long.class)
			.single();
		if (last < 0) {
			return;
		}
		jdbc.sql("delete from stats_change c using stats_commit m where m.txid = c.txid and m.epoch <= ?")
			.param(last)
			.update();
		jdbc.sql("delete from stats_commit where epoch <= ?").param(last).update();
		jdbc.sql("update stats_epoch set pruned_below = greatest(pruned_below, ?) where id = 1")
			.param(last + 1)
			.update();
	}

}
