package vn.giamsat.plans.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.giamsat.plans.PlanStatus;

/**
 * A supervision plan's own fields, with the name and unit of its owning Front committee.
 */
public record PlanRow(long id, long ownerId, String ownerName, long ownerUnitId, int year, String number,
		LocalDate issuedOn, String title, String legalBases, String contentItems, PlanStatus status, int rotationWindow,
		int revision, Double balance, Double lowerBound, Boolean optimal, Integer groupsKeptWhole,
		OffsetDateTime solvedAt, int version) {
}
