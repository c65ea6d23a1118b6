package vn.giamsat.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.web.UserInputException;

/**
 * The administrator's corrections of a year's calendar, as announced by the government:
 * an extra day off, or a (make-up) working day on a weekend or a default holiday.
 */
@Component
public class CalendarAdjustments {

	public record Adjustment(LocalDate day, boolean working, String note, String createdBy) {
	}

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final AuditLog audit;

	private final Clock clock;

	CalendarAdjustments(JdbcClient jdbc, WorkingDays workingDays, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Adjustment> of(int year) {
		return jdbc.sql("""
				select day, kind, note, created_by from working_day_adjustment
				where day between ? and ? order by day""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, i) -> new Adjustment(rs.getObject(1, LocalDate.class), "WORK".equals(rs.getString(2)),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	@Transactional
	public void put(LocalDate day, boolean working, String note, String username) {
		if (day == null) {
			throw new UserInputException("day", "citizenreports.calendar.dayRequired");
		}
		if (note == null || note.isBlank() || note.length() > 300) {
			throw new UserInputException("note", "citizenreports.calendar.noteRequired");
		}
		jdbc.sql("""
				insert into working_day_adjustment (day, kind, note, created_by, created_at) values (?, ?, ?, ?, ?)
				on conflict (day) do update set kind = excluded.kind, note = excluded.note,
				created_by = excluded.created_by, created_at = excluded.created_at""")
			.params(day, working ? "WORK" : "OFF", note.strip(), username, OffsetDateTime.now(clock))
			.update();
		audit.record("CALENDAR_ADJUSTED", "working_day_adjustment", day, null,
				Map.of("kind", working ? "WORK" : "OFF", "note", note.strip()));
		workingDays.forget(day.getYear());
	}

	@Transactional
	public void remove(LocalDate day) {
		if (jdbc.sql("delete from working_day_adjustment where day = ?").param(day).update() > 0) {
			audit.record("CALENDAR_ADJUSTMENT_REMOVED", "working_day_adjustment", day, null, null);
		}
		workingDays.forget(day.getYear());
	}

}
