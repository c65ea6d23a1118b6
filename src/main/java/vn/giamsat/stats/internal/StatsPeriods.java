package vn.giamsat.stats.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Periods as users ask for them: the presets of the Front's reports (6 months, a year, 3
 * and 5 years, all ending today) or any from/to typed as dd/MM/yyyy or yyyy-MM-dd. At
 * most 10 years: two five-year terms, the longest summary the Front writes, which also
 * bounds the work one request can cause.
 */
@Component
public class StatsPeriods {

	public static final int MAX_YEARS = 10;

	public static final List<String> PRESETS = List.of("6m", "1y", "3y", "5y");

	private final Clock clock;

	StatsPeriods(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** [from, to] of a preset, ending today. */
	public LocalDate[] preset(String preset) {
		LocalDate today = today();
		LocalDate from = switch (preset) {
			case "1y" -> today.minusYears(1);
			case "3y" -> today.minusYears(3);
			case "5y" -> today.minusYears(5);
			default -> today.minusMonths(6);
		};
		return new LocalDate[] { from.plusDays(1), today };
	}

	/**
	 * Parses and checks from/to; a blank end defaults to the last 6 months.
	 * @throws UserInputException with every problem found
	 */
	public LocalDate[] parse(String fromText, String toText) {
		List<Problem> problems = new ArrayList<>();
		LocalDate from = DateInput.parse(fromText, "from", problems);
		LocalDate to = DateInput.parse(toText, "to", problems);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		LocalDate[] fallback = preset("6m");
		from = from == null ? fallback[0] : from;
		to = to == null ? fallback[1] : to;
		if (from.isAfter(to)) {
			throw new UserInputException("from", "stats.error.order", DateInput.format(from), DateInput.format(to));
		}
		if (from.plusYears(MAX_YEARS).isBefore(to)) {
			throw new UserInputException("to", "stats.error.tooLong", MAX_YEARS);
		}
		return new LocalDate[] { from, to };
	}

}
