package vn.giamsat.orgs;

import java.time.LocalDate;

/** An organisation as other modules see it, with the code and name of its unit. */
public record OrganisationView(long id, String code, String name, OrganisationType type, long unitId, String unitCode,
		String unitName, Long parentId, LocalDate validFrom, LocalDate validTo) {
}
