package vn.giamsat.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * One opinion (ý kiến) as entered: counts once however many people it concerns; each
 * person concerned may be linked to a commitment of their self-cultivation plan.
 */
public record OpinionDraft(LocalDate date, OpinionKind kind, OpinionTopic topic, String text, List<Concerned> people) {

	public OpinionDraft {
		people = people == null ? List.of() : List.copyOf(people);
	}

	/**
	 * @param commitmentId a commitment of the person's plan of the year, or null
	 */
	public record Concerned(long personId, Long commitmentId) {
	}

}
