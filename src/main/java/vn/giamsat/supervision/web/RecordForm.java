package vn.giamsat.supervision.web;

import java.time.LocalDate;
import java.util.List;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.supervision.Finding;
import vn.giamsat.supervision.Method;
import vn.giamsat.supervision.RecordDraft;

/** The entry form as typed; bound by name ({@code person} repeats in quick entry). */
public record RecordForm(String date, List<Long> person, Method method, List<String> criterion, Finding finding,
		String note) {

	public RecordForm {
		person = person == null ? List.of() : person;
		criterion = criterion == null ? List.of() : criterion;
		note = note == null ? "" : note;
		date = date == null ? "" : date;
	}

	static RecordForm empty(String today) {
		return new RecordForm(today, List.of(), Method.DAILY_OBSERVATION, List.of(), Finding.GOOD, "");
	}

	RecordDraft draft(List<Problem> problems) {
		LocalDate d = DateInput.parse(date, "date", problems);
		return new RecordDraft(d, person, method, criterion, finding, note);
	}

	public boolean chosen(long personId) {
		return person.contains(personId);
	}

	public boolean hasCriterion(String code) {
		return criterion.contains(code);
	}

}
