package vn.giamsat.cultivation.internal;

import java.time.LocalDate;
import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadlines of a year when a committee has not set its own (configurable, as
 * {@code MM-dd} under {@code giamsat.cultivation.deadlines}): plans submitted by 31/3,
 * decided by 15/4, posted by 30/4, self-assessed by 15/12, evaluated by 31/12.
 */
@ConfigurationProperties("giamsat.cultivation.deadlines")
public record DeadlineDefaults(@DefaultValue("03-31") String submitBy, @DefaultValue("04-15") String decideBy,
		@DefaultValue("04-30") String postBy, @DefaultValue("12-15") String assessBy,
		@DefaultValue("12-31") String evaluateBy) {

	public DeadlineDefaults {
		for (String day : new String[] { submitBy, decideBy, postBy, assessBy, evaluateBy }) {
			parse(day);
		}
	}

	public DeadlineSet forYear(int year) {
		return new DeadlineSet(on(submitBy, year), on(decideBy, year), on(postBy, year), on(assessBy, year),
				on(evaluateBy, year), false);
	}

	private static LocalDate on(String day, int year) {
		return parse(day).atYear(year);
	}

	private static MonthDay parse(String day) {
		return MonthDay.parse("--" + day.strip());
	}

}
