package vn.giamsat.platform.web;

import java.util.List;

/**
 * A user mistake: answered with the reasons in Vietnamese (422 for the API, the form
 * again for pages), never with a 5xx, and thrown before anything is written.
 */
public class UserInputException extends RuntimeException {

	private final List<Problem> problems;

	public UserInputException(List<Problem> problems) {
		super(problems.isEmpty() ? "invalid input" : problems.get(0).code());
		this.problems = List.copyOf(problems);
	}

	public UserInputException(String field, String code, Object... args) {
		this(List.of(Problem.of(field, code, args)));
	}

	public List<Problem> problems() {
		return problems;
	}

}
