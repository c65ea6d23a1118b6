package vn.giamsat.orgs.web;

import java.util.List;

import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.internal.OrganisationDraft;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;

/** The organisation form as typed. */
public record OrganisationForm(String code, String name, String type, String unitCode, String parentCode,
		String validFrom, String validTo, Integer version) {

	public static OrganisationForm empty(String unitCode) {
		return new OrganisationForm("", "", "", unitCode == null ? "" : unitCode, "", "", "", null);
	}

	public static OrganisationForm of(OrganisationView o, String parentCode, int version) {
		return new OrganisationForm(o.code(), o.name(), o.type().name(), o.unitCode(),
				parentCode == null ? "" : parentCode, DateInput.format(o.validFrom()), DateInput.format(o.validTo()),
				version);
	}

	OrganisationDraft toDraft(List<Problem> problems) {
		OrganisationType t = type == null || type.isBlank() ? null : OrganisationType.fromCode(type).orElse(null);
		if (type != null && !type.isBlank() && t == null) {
			problems.add(Problem.of("type", "organisation.error.typeUnknown"));
		}
		return new OrganisationDraft(UnitForm.trim(code), UnitForm.trim(name), t, UnitForm.blankToNull(unitCode),
				UnitForm.blankToNull(parentCode), DateInput.parse(validFrom, "validFrom", problems),
				DateInput.parse(validTo, "validTo", problems));
	}
}
