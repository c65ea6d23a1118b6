package vn.giamsat.supervision;

import java.time.LocalDate;

/**
 * A recommendation as written by the Front.
 *
 * @param personId the supervised person, or null when it concerns an organisation only
 * @param addresseeId the managing party committee of the person, or an agency; null means
 * "the person's managing committee"
 * @param addresseeEmail where reminders go; optional
 * @param dueOn null means issued date + the configured number of days
 */
public record RecommendationDraft(RecommendationSource source, Long delegationId, String sourceReference, Long personId,
		Long addresseeId, String addresseeEmail, String content, LocalDate issuedOn, LocalDate dueOn) {
}
