package vn.giamsat.cultivation.internal;

import java.time.LocalDate;

/**
 * The five deadlines of one committee and year.
 *
 * @param own set by the committee; false when they are the configured defaults
 */
public record DeadlineSet(LocalDate submitBy, LocalDate decideBy, LocalDate postBy, LocalDate assessBy,
		LocalDate evaluateBy, boolean own) {

	public LocalDate of(OverdueStage stage) {
		return switch (stage) {
			case SUBMIT -> submitBy;
			case DECIDE -> decideBy;
			case POST -> postBy;
			case ASSESS -> assessBy;
			case EVALUATE -> evaluateBy;
		};
	}

}
