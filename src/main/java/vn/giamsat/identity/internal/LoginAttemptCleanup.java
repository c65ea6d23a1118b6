package vn.giamsat.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets sign-in failures older than a day. Runs hourly on one instance only (ShedLock),
 * as every scheduled job must when several instances share the database.
 */
@Component
class LoginAttemptCleanup {

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginAttemptCleanup(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "0 7 * * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "login-attempt-cleanup", lockAtMostFor = "PT5M")
	void purge() {
		OffsetDateTime cutoff = OffsetDateTime.now(clock).minusDays(1);
		jdbc.sql("delete from login_attempt where first_failure < ? and (locked_until is null or locked_until < ?)")
			.params(cutoff, OffsetDateTime.now(clock))
			.update();
	}

}
