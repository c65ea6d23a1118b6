package vn.giamsat.people.web;

import java.util.List;

import vn.giamsat.people.Gender;
import vn.giamsat.people.PersonCategory;
import vn.giamsat.people.internal.PersonDraft;
import vn.giamsat.platform.web.Problem;

/** The person form as typed. */
public record PersonForm(String code, String fullName, String gender, String birthYear, String partyMember,
		String positionTitle, String workplaceCode, String residenceUnitCode, String managingCommitteeCode,
		String category, Integer version) {

	public static PersonForm empty() {
		return new PersonForm("", "", "", "", "true", "", "", "", "", "", null);
	}

	PersonDraft toDraft(List<Problem> problems) {
		Gender g = blank(gender) ? null : Gender.fromCode(gender).orElse(null);
		if (!blank(gender) && g == null) {
			problems.add(Problem.of("gender", "person.error.genderRequired"));
		}
		PersonCategory c = blank(category) ? null : PersonCategory.fromCode(category).orElse(null);
		if (!blank(category) && c == null) {
			problems.add(Problem.of("category", "person.error.categoryRequired"));
		}
		Integer year = null;
		if (!blank(birthYear)) {
			try {
				year = Integer.valueOf(birthYear.strip());
			}
			catch (NumberFormatException ex) {
				problems.add(Problem.of("birthYear", "person.error.birthYearFormat"));
			}
		}
		return new PersonDraft(trim(code), trim(fullName), g, year, "true".equals(partyMember), trim(positionTitle),
				trim(workplaceCode), trim(residenceUnitCode), trim(managingCommitteeCode), c);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.strip();
	}
}
