package vn.giamsat.people.internal;

import vn.giamsat.people.Gender;
import vn.giamsat.people.PersonCategory;

/** A person as entered in a form or an import row; links are by code. */
public record PersonDraft(String code, String fullName, Gender gender, Integer birthYear, boolean partyMember,
		String positionTitle, String workplaceCode, String residenceUnitCode, String managingCommitteeCode,
		PersonCategory category) {
}
