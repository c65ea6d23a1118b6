package vn.giamsat.residence.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.giamsat.residence.ExemptionCategory;
import vn.giamsat.residence.Rating;
import vn.giamsat.residence.RequestState;

/**
 * One member's request as pages show it: who, where they live, which cell answers, and
 * where the request stands. The campaign's due date and status are joined in because
 * every rule on a request depends on them.
 */
public record RequestRow(long id, long campaignId, long personId, String personCode, String fullName, String position,
		String workplaceName, int year, long residenceUnitId, String residenceGroupName, long residenceCellId,
		String residenceCellName, Long frontCommitteeId, RequestState state, String manualReason,
		ExemptionCategory exemptionCategory, String exemptionReason, OffsetDateTime sentAt, String comment,
		Rating rating, OffsetDateTime returnedAt, String returnedBy, boolean late, int version, LocalDate dueDate,
		long campaignOrganisationId, String campaignOrganisationName, boolean campaignOpen) {

	/** Sent, not answered, and the due date has passed. */
	public boolean overdue(LocalDate today) {
		return state == RequestState.SENT && today.isAfter(dueDate);
	}

}
