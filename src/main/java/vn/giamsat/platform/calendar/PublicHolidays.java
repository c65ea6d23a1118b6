package vn.giamsat.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import com.ibm.icu.util.ChineseCalendar;

/**
 * The holidays of Labour Code 2019 art. 112 as a default for a year: 1/1, Tết (the last
 * day of the lunar year and the first four days of the new one), Giỗ Tổ Hùng Vương (10/3
 * lunar), 30/4, 1/5 and 2/9 with one adjacent day. A holiday on a weekend is compensated
 * by the next working day (art. 111). The government fixes the exact spans every year;
 * administrators record the differences as adjustments.
 */
final class PublicHolidays {

	private PublicHolidays() {
	}

	/** Day off → name, for the given Gregorian year. */
	static Map<LocalDate, String> of(int year) {
		Map<LocalDate, String> days = new TreeMap<>();
		days.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
		LocalDate tet = lunarNewYear(year);
		for (int i = -1; i <= 3; i++) {
			days.put(tet.plusDays(i), "Tết Nguyên đán");
		}
		days.put(lunarToSolar(year, 3, 10), "Giỗ Tổ Hùng Vương");
		days.put(LocalDate.of(year, 4, 30), "Ngày Giải phóng miền Nam");
		days.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
		LocalDate national = LocalDate.of(year, 9, 2);
		days.put(national, "Quốc khánh");
		// the adjacent day is chosen to join a weekend where possible
		days.put(national.getDayOfWeek() == DayOfWeek.TUESDAY ? national.minusDays(1) : national.plusDays(1),
				"Quốc khánh");
		return compensated(days);
	}

	/** The first day of the lunar year that begins in the given Gregorian year. */
	static LocalDate lunarNewYear(int year) {
		return lunarToSolar(year, 1, 1);
	}

	private static LocalDate lunarToSolar(int gregorianYear, int lunarMonth, int lunarDay) {
		ChineseCalendar cal = new VietnameseLunarCalendar();
		cal.setTimeInMillis(
				LocalDate.of(gregorianYear, 7, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(7)).toEpochMilli());
		// mid-year is always inside the lunar year that began in this Gregorian year
		int lunarYear = cal.get(ChineseCalendar.EXTENDED_YEAR);
		cal.clear();
		cal.set(ChineseCalendar.EXTENDED_YEAR, lunarYear);
		cal.set(ChineseCalendar.MONTH, lunarMonth - 1);
		cal.set(ChineseCalendar.IS_LEAP_MONTH, 0);
		cal.set(ChineseCalendar.DAY_OF_MONTH, lunarDay);
		return java.time.Instant.ofEpochMilli(cal.getTimeInMillis()).atZone(ZoneOffset.ofHours(7)).toLocalDate();
	}

	private static Map<LocalDate, String> compensated(Map<LocalDate, String> holidays) {
		Map<LocalDate, String> all = new TreeMap<>(holidays);
		for (var e : holidays.entrySet()) {
			if (weekend(e.getKey())) {
				LocalDate d = e.getKey().plusDays(1);
				while (weekend(d) || all.containsKey(d)) {
					d = d.plusDays(1);
				}
				all.put(d, "Nghỉ bù " + e.getValue());
			}
		}
		return all;
	}

	static boolean weekend(LocalDate d) {
		return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/**
	 * The Vietnamese lunar calendar is the Chinese one computed for the meridian of UTC+7
	 * instead of UTC+8: when a new moon falls between 23:00 and midnight Beijing time the
	 * month starts a day earlier in Việt Nam (Tết 2027 is 6/2 in Việt Nam). ICU offers
	 * the astronomical zone only through this constructor, marked internal; the test of
	 * known Tết and Giỗ Tổ dates guards against a change.
	 */
	@SuppressWarnings("deprecation")
	private static final class VietnameseLunarCalendar extends ChineseCalendar {

		VietnameseLunarCalendar() {
			super(com.ibm.icu.util.TimeZone.getTimeZone("Asia/Ho_Chi_Minh"),
					com.ibm.icu.util.ULocale.forLanguageTag("vi"),
					new com.ibm.icu.util.SimpleTimeZone(7 * 3_600_000, "UTC+7"));
		}

	}

}
