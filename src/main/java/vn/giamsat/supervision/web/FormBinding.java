package vn.giamsat.supervision.web;

import java.util.List;

import org.springframework.validation.BindingResult;

import vn.giamsat.platform.web.Problem;

/**
 * A field that could not even be converted (a tampered select, letters in a number) is
 * the user's mistake like any other: a message on the form, never a 500.
 */
final class FormBinding {

	private FormBinding() {
	}

	static void problems(BindingResult binding, List<Problem> problems) {
		binding.getFieldErrors().forEach(e -> problems.add(Problem.of(e.getField(), "error.badRequest")));
	}

}
