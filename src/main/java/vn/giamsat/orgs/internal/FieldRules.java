package vn.giamsat.orgs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.giamsat.platform.web.Problem;

/** Shared checks of codes and names, so that forms and imports refuse the same things. */
final class FieldRules {

	static final int NAME_MAX = 255;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,39}");

	private FieldRules() {
	}

	static List<Problem> codeAndName(String code, String name) {
		List<Problem> problems = new ArrayList<>();
		if (code == null || code.isBlank()) {
			problems.add(Problem.of("code", "field.error.codeRequired"));
		}
		else if (!CODE.matcher(code).matches()) {
			problems.add(Problem.of("code", "field.error.codeFormat"));
		}
		if (name == null || name.isBlank()) {
			problems.add(Problem.of("name", "field.error.nameRequired"));
		}
		else if (name.strip().length() > NAME_MAX) {
			problems.add(Problem.of("name", "field.error.nameTooLong", NAME_MAX));
		}
		return problems;
	}

}
