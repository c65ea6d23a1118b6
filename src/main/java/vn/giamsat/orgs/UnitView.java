package vn.giamsat.orgs;

import java.time.LocalDate;

/** An administrative unit as other modules see it. */
public record UnitView(long id, String code, String name, AdminLevel level, Long parentId, LocalDate validFrom,
		LocalDate validTo) {

	public boolean validOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
	}
}
