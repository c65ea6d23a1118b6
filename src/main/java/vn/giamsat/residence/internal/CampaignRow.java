package vn.giamsat.residence.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A workplace organisation's campaign of one year, with its organisation's name. */
public record CampaignRow(long id, long organisationId, String organisationCode, String organisationName,
		long organisationUnitId, int year, LocalDate dueDate, String status, String createdBy, OffsetDateTime createdAt,
		OffsetDateTime closedAt, int version) {

	public boolean open() {
		return "OPEN".equals(status);
	}

}
