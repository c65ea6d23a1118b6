package vn.giamsat.citizenreports.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * A published reply must say what was found and what was done about it, in enough words
 * to be an answer: a one-liner such as "đã xử lý" is refused with the reason.
 */
@Component
class ReplyCheck {

	private final ReportSettings settings;

	ReplyCheck(ReportSettings settings) {
		this.settings = settings;
	}

	record Reply(String findings, String actions) {
	}

	Reply check(String findings, String actions) {
		String f = ReportValidation.text(findings);
		String a = ReportValidation.text(actions);
		List<Problem> problems = new ArrayList<>();
		if (f == null) {
			problems.add(Problem.of("findings", "citizenreports.error.noFindings"));
		}
		if (a == null) {
			problems.add(Problem.of("actions", "citizenreports.error.noActions"));
		}
		int words = words(f) + words(a);
		if (words < settings.minReplyWords()) {
			problems.add(Problem.of("findings", "citizenreports.error.replyTooShort", settings.minReplyWords(), words));
		}
		if ((f != null && f.length() > 10_000) || (a != null && a.length() > 10_000)) {
			problems.add(Problem.of("findings", "citizenreports.error.tooLong", 10_000));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		return new Reply(f, a);
	}

	static int words(String s) {
		return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length;
	}

}
