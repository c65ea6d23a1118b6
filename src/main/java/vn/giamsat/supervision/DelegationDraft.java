package vn.giamsat.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A delegation as founded: its plan (content), the founding decision, the members and the
 * people supervised, the working session.
 *
 * @param acceptLateDeadlines the officer saw that a legal deadline has already passed and
 * founds the delegation anyway
 */
public record DelegationDraft(String title, String content, String decisionNumber, LocalDate decisionDate,
		LocalDate sessionDate, String sessionPlace, List<Member> members, List<Long> subjectIds,
		boolean acceptLateDeadlines) {

	public DelegationDraft {
		members = members == null ? List.of() : List.copyOf(members);
		subjectIds = subjectIds == null ? List.of() : List.copyOf(subjectIds);
	}

	public record Member(String fullName, String roleTitle) {
	}

}
