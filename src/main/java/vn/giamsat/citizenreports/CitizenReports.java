package vn.giamsat.citizenreports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.giamsat.citizenreports.internal.PublicTracking;
import vn.giamsat.citizenreports.internal.ReportIntake;
import vn.giamsat.citizenreports.internal.Throttle;

/**
 * What the public side (portal pages and the public API) may do with reports: submit one,
 * follow it with its receipt code, and read the unit's counts. Submissions and look-ups
 * are throttled per client address.
 */
@Service
public class CitizenReports {

	private final ReportIntake intake;

	private final PublicTracking tracking;

	private final Throttle throttle;

	private final JdbcClient jdbc;

	CitizenReports(ReportIntake intake, PublicTracking tracking, Throttle throttle, JdbcClient jdbc) {
		this.intake = intake;
		this.tracking = tracking;
		this.throttle = throttle;
		this.jdbc = jdbc;
	}

	/** A resident's own submission from the given client address. */
	public Receipt submit(NewReport report, String address) {
		throttle.acquire(Throttle.Action.SUBMIT, address);
		return intake.receive(report, null);
	}

	public Optional<TrackedReport> track(String receiptCode, String address) {
		throttle.acquire(Throttle.Action.LOOKUP, address);
		return tracking.find(receiptCode);
	}

	public void message(String receiptCode, String body, String address) {
		throttle.acquire(Throttle.Action.LOOKUP, address);
		tracking.addMessage(receiptCode, body);
	}

	public void rate(String receiptCode, int rating, String address) {
		throttle.acquire(Throttle.Action.LOOKUP, address);
		tracking.rate(receiptCode, rating);
	}

	public void reopen(String receiptCode, String reason, String address) {
		throttle.acquire(Throttle.Action.LOOKUP, address);
		tracking.reopen(receiptCode, reason);
	}

	/** Reports received and answered this year about the given units (public counts). */
	public PublicCounts counts(Set<Long> unitIds, int year) {
		OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime();
		OffsetDateTime to = from.plusYears(1);
		return jdbc.sql("""
				select count(*), count(*) filter (where status in ('ANSWERED', 'CLOSED'))
				from citizen_report where unit_id = any(?) and received_at >= ? and received_at < ?""")
			.params(unitIds.toArray(Long[]::new), from, to)
			.query((rs, n) -> new PublicCounts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	public record PublicCounts(long received, long answered) {
	}

}
