package vn.giamsat.supervision.web;

import java.util.ArrayList;
import java.util.List;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.supervision.OpinionDraft;
import vn.giamsat.supervision.OpinionKind;
import vn.giamsat.supervision.OpinionTopic;

/**
 * The opinion form as typed. {@code commitment} values are "personId:commitmentId", so
 * that one select links a commitment to the right person without scripts.
 */
public record OpinionForm(String date, List<Long> person, OpinionKind kind, OpinionTopic topic, String text,
		List<String> commitment) {

	public OpinionForm {
		person = person == null ? List.of() : person;
		commitment = commitment == null ? List.of() : commitment;
		text = text == null ? "" : text;
		date = date == null ? "" : date;
	}

	static OpinionForm empty(String today) {
		return new OpinionForm(today, List.of(), OpinionKind.SUGGESTION, OpinionTopic.WORKING_METHODS, "", List.of());
	}

	OpinionDraft draft(List<Problem> problems) {
		List<OpinionDraft.Concerned> concerned = new ArrayList<>();
		for (Long p : person) {
			Long linked = null;
			for (String c : commitment) {
				String[] parts = c.split(":");
				if (parts.length == 2 && parts[0].equals(String.valueOf(p))) {
					try {
						linked = Long.valueOf(parts[1]);
					}
					catch (NumberFormatException ex) {
						problems.add(Problem.of("commitment", "error.badRequest"));
					}
				}
			}
			concerned.add(new OpinionDraft.Concerned(p, linked));
		}
		for (String c : commitment) {
			if (!c.isBlank() && person.stream().noneMatch(p -> c.startsWith(p + ":"))) {
				problems.add(Problem.of("commitment", "supervision.error.commitmentWithoutPerson"));
			}
		}
		return new OpinionDraft(DateInput.parse(date, "date", problems), kind, topic, text, concerned);
	}

	public boolean chosen(long personId) {
		return person.contains(personId);
	}

	public boolean linked(String value) {
		return commitment.contains(value);
	}

}
