package vn.giamsat.supervision.web;

import java.util.ArrayList;
import java.util.List;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.supervision.DelegationDraft;

/**
 * The delegation form: members one per line as "Họ tên | nhiệm vụ", so that a list of any
 * length needs no script.
 */
public record DelegationForm(String title, String content, String decisionNumber, String decisionDate,
		String sessionDate, String sessionPlace, String members, List<Long> person, Boolean acceptLate) {

	public DelegationForm {
		title = title == null ? "" : title;
		content = content == null ? "" : content;
		decisionNumber = decisionNumber == null ? "" : decisionNumber;
		decisionDate = decisionDate == null ? "" : decisionDate;
		sessionDate = sessionDate == null ? "" : sessionDate;
		sessionPlace = sessionPlace == null ? "" : sessionPlace;
		members = members == null ? "" : members;
		person = person == null ? List.of() : person;
	}

	static DelegationForm empty(String session) {
		return new DelegationForm("", "", "", "", session, "", "", List.of(), false);
	}

	DelegationDraft draft(List<Problem> problems) {
		List<DelegationDraft.Member> list = new ArrayList<>();
		for (String line : members.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", 2);
			String name = parts[0].strip();
			String role = parts.length > 1 ? parts[1].strip() : "Thành viên";
			if (name.isEmpty() || name.length() > 150 || role.length() > 150) {
				problems.add(Problem.of("members", "supervision.error.memberLine", line.strip()));
			}
			else {
				list.add(new DelegationDraft.Member(name, role.isEmpty() ? "Thành viên" : role));
			}
		}
		return new DelegationDraft(title, content, decisionNumber.isBlank() ? null : decisionNumber.strip(),
				DateInput.parse(decisionDate, "decisionDate", problems),
				DateInput.parse(sessionDate, "sessionDate", problems), sessionPlace.strip(), list, person,
				Boolean.TRUE.equals(acceptLate));
	}

	public boolean chosen(long id) {
		return person.contains(id);
	}

}
