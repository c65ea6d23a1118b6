package vn.giamsat.residence;

import java.time.LocalDate;

/**
 * A returned comment as other modules and the member's record see it: no opinions of the
 * group leaders, only the cell's comment and rating.
 */
public record ResidenceCommentView(long requestId, long personId, int year, String workplaceOrganisation,
		String residenceCell, String residenceGroup, Rating rating, String comment, LocalDate returnedOn,
		LocalDate dueDate, boolean late) {
}
