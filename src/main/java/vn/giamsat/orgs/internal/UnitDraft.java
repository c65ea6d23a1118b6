package vn.giamsat.orgs.internal;

import java.time.LocalDate;

import vn.giamsat.orgs.AdminLevel;

/**
 * A unit as entered in a form or an import row, before it is checked against the rules.
 */
public record UnitDraft(String code, String name, AdminLevel level, String parentCode, LocalDate validFrom,
		LocalDate validTo) {
}
