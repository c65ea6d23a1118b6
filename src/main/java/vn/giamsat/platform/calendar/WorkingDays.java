package vn.giamsat.platform.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts deadlines in working days: Monday to Friday, minus the public holidays of the
 * year, corrected by the administrator's adjustments (a day off added, or a Saturday made
 * a working day). The holiday table of a year is computed once and forgotten when an
 * administrator changes that year.
 */
@Component
public class WorkingDays {

	private final JdbcClient jdbc;

	private final Map<Integer, Map<LocalDate, Boolean>> adjustments = new ConcurrentHashMap<>();

	private final Map<Integer, Map<LocalDate, String>> holidays = new ConcurrentHashMap<>();

	WorkingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate day) {
		Boolean adjusted = adjustmentsOf(day.getYear()).get(day);
		if (adjusted != null) {
			return adjusted;
		}
		return !PublicHolidays.weekend(day) && !holidaysOf(day.getYear()).containsKey(day);
	}

	/**
	 * The day on which a deadline of {@code n} working days counted from {@code start}
	 * falls: the start day itself is not counted (a report received on a Friday with one
	 * working day to answer is due on Monday).
	 */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		LocalDate d = start;
		int left = n;
		while (left > 0) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}

	/** Working days strictly after {@code from} up to and including {@code to}. */
	public int between(LocalDate from, LocalDate to) {
		int n = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				n++;
			}
		}
		return n;
	}

	/** The default holidays of the year (before adjustments), for the admin page. */
	public Map<LocalDate, String> holidays(int year) {
		return holidaysOf(year);
	}

	/** Called after an adjustment of the year changed. */
	public void forget(int year) {
		adjustments.remove(year);
	}

	private Map<LocalDate, String> holidaysOf(int year) {
		return holidays.computeIfAbsent(year, PublicHolidays::of);
	}

	private Map<LocalDate, Boolean> adjustmentsOf(int year) {
		return adjustments.computeIfAbsent(year, y -> {
			Map<LocalDate, Boolean> m = new ConcurrentHashMap<>();
			jdbc.sql("select day, kind from working_day_adjustment where day between ? and ?")
				.params(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))
				.query((rs, i) -> m.put(rs.getObject(1, LocalDate.class), "WORK".equals(rs.getString(2))))
				.list();
			return m;
		});
	}

}
