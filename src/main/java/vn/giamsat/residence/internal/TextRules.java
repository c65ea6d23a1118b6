package vn.giamsat.residence.internal;

import java.util.List;

import vn.giamsat.platform.web.Problem;

/**
 * Length rules for the free texts. Texts are stored as typed, markup included: pages
 * escape them (jte) and documents print them as text, so a script typed in stays inert.
 */
final class TextRules {

	static final int TEXT_MAX = 4000;

	static final int REASON_MAX = 500;

	private TextRules() {
	}

	static void required(List<Problem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(Problem.of(field, "residence.error.textRequired"));
		}
		else if (value.strip().length() > max) {
			problems.add(Problem.of(field, "residence.error.textTooLong", max, value.strip().length()));
		}
	}

}
