package vn.giamsat.orgs.internal;

import java.time.LocalDate;

import vn.giamsat.orgs.OrganisationType;

/** An organisation as entered in a form or an import row. */
public record OrganisationDraft(String code, String name, OrganisationType type, String unitCode, String parentCode,
		LocalDate validFrom, LocalDate validTo) {
}
