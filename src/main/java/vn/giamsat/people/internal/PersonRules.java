package vn.giamsat.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.platform.web.Problem;

/** What a person record must satisfy, for forms and imports alike. */
public final class PersonRules {

	static final int NAME_MAX = 150;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,39}");

	/** Looks codes up in the database and, for imports, in the rows of the same file. */
	public interface Lookup {

		Optional<OrganisationType> organisationType(String code);

		Optional<AdminLevel> unitLevel(String code);

	}

	private PersonRules() {
	}

	public static List<Problem> check(PersonDraft d, int currentYear, Lookup lookup) {
		List<Problem> problems = new ArrayList<>();
		if (d.code() == null || d.code().isBlank()) {
			problems.add(Problem.of("code", "field.error.codeRequired"));
		}
		else if (!CODE.matcher(d.code()).matches()) {
			problems.add(Problem.of("code", "field.error.codeFormat"));
		}
		if (d.fullName() == null || d.fullName().isBlank()) {
			problems.add(Problem.of("fullName", "field.error.nameRequired"));
		}
		else if (d.fullName().strip().length() > NAME_MAX) {
			problems.add(Problem.of("fullName", "field.error.nameTooLong", NAME_MAX));
		}
		if (d.gender() == null) {
			problems.add(Problem.of("gender", "person.error.genderRequired"));
		}
		if (d.category() == null) {
			problems.add(Problem.of("category", "person.error.categoryRequired"));
		}
		if (d.birthYear() != null && (d.birthYear() < 1900 || d.birthYear() > currentYear)) {
			problems.add(Problem.of("birthYear", "person.error.birthYearRange", 1900, String.valueOf(currentYear)));
		}
		if (d.positionTitle() != null && d.positionTitle().strip().length() > 255) {
			problems.add(Problem.of("positionTitle", "field.error.nameTooLong", 255));
		}
		if (present(d.workplaceCode()) && lookup.organisationType(d.workplaceCode()).isEmpty()) {
			problems.add(Problem.of("workplace", "organisation.error.unknown", d.workplaceCode()));
		}
		if (present(d.residenceUnitCode())) {
			Optional<AdminLevel> level = lookup.unitLevel(d.residenceUnitCode());
			if (level.isEmpty()) {
				problems.add(Problem.of("residence", "unit.error.unknown", d.residenceUnitCode()));
			}
			else if (level.get() != AdminLevel.RESIDENTIAL_GROUP) {
				problems.add(Problem.of("residence", "person.error.residenceNotGroup", d.residenceUnitCode()));
			}
		}
		if (present(d.managingCommitteeCode())) {
			Optional<OrganisationType> type = lookup.organisationType(d.managingCommitteeCode());
			if (type.isEmpty()) {
				problems.add(Problem.of("managingCommittee", "organisation.error.unknown", d.managingCommitteeCode()));
			}
			else if (type.get() != OrganisationType.PARTY_COMMITTEE) {
				problems.add(Problem.of("managingCommittee", "person.error.committeeNotPartyCommittee",
						d.managingCommitteeCode()));
			}
		}
		if (!present(d.workplaceCode()) && !present(d.residenceUnitCode())) {
			problems.add(Problem.of("workplace", "person.error.noAnchor"));
		}
		return problems;
	}

	static boolean present(String s) {
		return s != null && !s.isBlank();
	}

}
