package vn.giamsat.supervision.internal;

import java.util.List;

import vn.giamsat.platform.web.Problem;

/**
 * The one rule for free text in this module: required, and short enough to read (a
 * 10,000-character paste is a mistake, not an observation).
 */
public final class TextRules {

	public static final int MAX = 4000;

	private TextRules() {
	}

	/** Adds a problem and returns null when the text is blank or too long. */
	public static String required(String text, String field, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(Problem.of(field, "supervision.error.textRequired"));
			return null;
		}
		return optional(text, field, problems);
	}

	public static String optional(String text, String field, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX) {
			problems.add(Problem.of(field, "supervision.error.textTooLong", MAX));
			return null;
		}
		return text.strip();
	}

}
