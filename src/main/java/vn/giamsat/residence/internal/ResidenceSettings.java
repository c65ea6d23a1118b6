package vn.giamsat.residence.internal;

import java.time.LocalDate;
import java.time.MonthDay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable dates (DOMAIN.md §1.7): comments are due by 30 November unless
 * {@code giamsat.residence.due} says otherwise ({@code --MM-dd}); reminders start
 * {@code giamsat.residence.reminder-days} days before.
 */
@Component
public class ResidenceSettings {

	private final MonthDay due;

	private final int reminderDays;

	ResidenceSettings(@Value("${giamsat.residence.due:--11-30}") String due,
			@Value("${giamsat.residence.reminder-days:7}") int reminderDays) {
		this.due = MonthDay.parse(due);
		this.reminderDays = reminderDays;
	}

	public LocalDate defaultDue(int year) {
		return due.atYear(year);
	}

	public int reminderDays() {
		return reminderDays;
	}

}
