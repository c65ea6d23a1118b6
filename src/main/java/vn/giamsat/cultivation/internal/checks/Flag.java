package vn.giamsat.cultivation.internal.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * One finding of the specificity check: a code and its arguments, never a sentence, so
 * the page renders it in the reader's language.
 *
 * @param code what was found
 * @param commitmentIndex 0-based index of the commitment in the plan, {@code -1} for a
 * plan-level code
 * @param details extra arguments of the message (formulas found, template line...)
 */
public record Flag(FlagCode code, int commitmentIndex, List<String> details) {

	public Flag {
		details = List.copyOf(details);
	}

	static Flag plan(FlagCode code) {
		return new Flag(code, -1, List.of());
	}

	static Flag commitment(FlagCode code, int index, String... details) {
		return new Flag(code, index, List.of(details));
	}

	public String messageCode() {
		return this.code.messageCode();
	}

	/**
	 * Arguments for a {@code MessageSource}: {@code {0}} is the commitment number as
	 * people count (1-based) for commitment codes, then the details.
	 */
	public Object[] messageArguments() {
		List<Object> arguments = new ArrayList<>();
		if (this.commitmentIndex >= 0) {
			arguments.add(this.commitmentIndex + 1);
		}
		arguments.addAll(this.details);
		return arguments.toArray();
	}

}
