package vn.giamsat.cultivation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import vn.giamsat.platform.web.Problem;

/**
 * The year of an overview page: the current one by default; an impossible year is
 * reported and replaced by the current one instead of failing.
 */
final class YearParam {

	static final int MIN = 2000;

	static final int MAX = 2100;

	private YearParam() {
	}

	static int resolve(String text, Clock clock, List<Problem> problems) {
		int current = LocalDate.now(clock).getYear();
		if (text == null || text.isBlank()) {
			return current;
		}
		int year;
		try {
			year = Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			year = -1;
		}
		if (year < MIN || year > MAX) {
			problems.add(Problem.of("year", "cultivation.overview.error.year", MIN, MAX));
			return current;
		}
		return year;
	}

}
