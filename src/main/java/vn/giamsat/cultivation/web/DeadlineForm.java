package vn.giamsat.cultivation.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.giamsat.cultivation.internal.CultivationDeadlines;
import vn.giamsat.cultivation.internal.DeadlineSet;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;

/** The deadlines form: dates as typed (dd/MM/yyyy). */
public record DeadlineForm(Long committee, String year, String submitBy, String decideBy, String postBy,
		String assessBy, String evaluateBy) {

	static DeadlineForm of(Long committee, int year, DeadlineSet s) {
		return new DeadlineForm(committee, String.valueOf(year), DateInput.format(s.submitBy()),
				DateInput.format(s.decideBy()), DateInput.format(s.postBy()), DateInput.format(s.assessBy()),
				DateInput.format(s.evaluateBy()));
	}

	Integer yearValue(List<Problem> problems) {
		try {
			int y = Integer.parseInt(year == null ? "" : year.strip());
			if (y >= YearParam.MIN && y <= YearParam.MAX) {
				return y;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(Problem.of("year", "cultivation.deadlines.error.year"));
		return null;
	}

	/**
	 * The five dates; unreadable ones are reported here, missing ones and order by
	 * {@link CultivationDeadlines#check}.
	 */
	DeadlineSet toSet(List<Problem> problems) {
		LocalDate a = date(submitBy, "submitBy", problems);
		LocalDate b = date(decideBy, "decideBy", problems);
		LocalDate c = date(postBy, "postBy", problems);
		LocalDate d = date(assessBy, "assessBy", problems);
		LocalDate e = date(evaluateBy, "evaluateBy", problems);
		DeadlineSet set = new DeadlineSet(a, b, c, d, e, true);
		Integer y = yearValue(new java.util.ArrayList<>());
		if (y != null) {
			List<String> unreadable = problems.stream().map(Problem::field).toList();
			CultivationDeadlines.check(y, set)
				.stream()
				.filter(p -> !(unreadable.contains(p.field()) && p.code().endsWith(".required")))
				.forEach(problems::add);
		}
		return set;
	}

	private static LocalDate date(String text, String field, List<Problem> problems) {
		List<Problem> unreadable = new java.util.ArrayList<>();
		LocalDate date = DateInput.parse(text, field, unreadable);
		if (!unreadable.isEmpty()) {
			problems.add(Problem.of(field, "cultivation.deadlines.error.format",
					new DefaultMessageSourceResolvable("cultivation.deadlines." + field), text));
		}
		return date;
	}

	public boolean selected(long id) {
		return committee != null && committee == id;
	}

}
