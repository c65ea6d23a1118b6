package vn.giamsat.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Dates as Vietnamese officers type them (dd/MM/yyyy, also d/M/yyyy) and as machines send
 * them (yyyy-MM-dd). Strict: 31/02/2025 is refused, not rolled over into March.
 */
public final class DateInput {

	private static final List<DateTimeFormatter> FORMATS = List.of(
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private DateInput() {
	}

	/**
	 * Parses, or adds a problem for the field and returns null; blank input is null
	 * without a problem.
	 */
	public static LocalDate parse(String text, String field, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (DateTimeFormatter f : FORMATS) {
			try {
				return LocalDate.parse(text.strip(), f);
			}
			catch (DateTimeParseException ignored) {
				// try the next accepted format
			}
		}
		problems.add(Problem.of(field, "field.error.dateFormat"));
		return null;
	}

	public static String format(LocalDate date) {
		return date == null ? "" : DISPLAY.format(date);
	}

}
