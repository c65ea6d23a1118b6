package vn.giamsat.supervision.web;

import java.util.List;

import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.supervision.RecommendationDraft;
import vn.giamsat.supervision.RecommendationSource;

/** The recommendation form as typed; empty addressee means the person's committee. */
public record RecommendationForm(RecommendationSource source, Long delegation, String reference, Long person,
		Long addressee, String email, String content, String issuedOn, String dueOn) {

	public RecommendationForm {
		reference = reference == null ? "" : reference;
		email = email == null ? "" : email;
		content = content == null ? "" : content;
		issuedOn = issuedOn == null ? "" : issuedOn;
		dueOn = dueOn == null ? "" : dueOn;
	}

	static RecommendationForm empty(String today, Long delegation) {
		return new RecommendationForm(
				delegation == null ? RecommendationSource.REGULAR : RecommendationSource.DELEGATION, delegation, "",
				null, null, "", "", today, "");
	}

	RecommendationDraft draft(List<Problem> problems) {
		if (reference.length() > 100) {
			problems.add(Problem.of("reference", "supervision.error.textTooLong", 100));
		}
		if (email.length() > 200) {
			problems.add(Problem.of("email", "supervision.error.email"));
		}
		return new RecommendationDraft(source, delegation, reference.isBlank() ? null : reference.strip(), person,
				addressee, email, content, DateInput.parse(issuedOn, "issuedOn", problems),
				DateInput.parse(dueOn, "dueOn", problems));
	}

}
