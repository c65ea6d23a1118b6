package vn.giamsat.supervision.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the current year's supervision demo once, after the demo module's base data
 * (every singleton is initialised before lifecycle beans start) and before the web server
 * opens (the lowest phase starts first), so the demo module needs no change. Same
 * database lock as the base demo, so two instances load it once.
 */
@Component
@ConditionalOnProperty(name = "giamsat.demo", havingValue = "true")
class SupervisionDemoLoader implements SmartLifecycle {

	private final SupervisionDemoSeed seed;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private volatile boolean running;

	SupervisionDemoLoader(SupervisionDemoSeed seed, TransactionTemplate transactions, JdbcClient jdbc) {
		this.seed = seed;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@Override
	public void start() {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(0x64656d6fL).query(Object.class).single();
			boolean base = jdbc.sql("select count(*) from admin_unit where code = 'HN-LB'")
				.query(Long.class)
				.single() > 0;
			if (base && !seed.seeded()) {
				seed.load();
			}
		});
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

}
