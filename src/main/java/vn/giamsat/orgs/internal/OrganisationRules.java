package vn.giamsat.orgs.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.giamsat.platform.web.Problem;

/**
 * Rules for organisations: a known unit, dates in order and inside the unit's, no parent
 * cycle.
 */
public final class OrganisationRules {

	public interface Lookup {

		Optional<UnitDraft> unit(String code);

		Optional<OrganisationDraft> organisation(String code);

	}

	private OrganisationRules() {
	}

	public static List<Problem> check(OrganisationDraft d, Lookup graph) {
		List<Problem> problems = new ArrayList<>(FieldRules.codeAndName(d.code(), d.name()));
		if (d.type() == null) {
			problems.add(Problem.of("type", "organisation.error.typeRequired"));
		}
		if (d.validFrom() == null) {
			problems.add(Problem.of("validFrom", "unit.error.validFromRequired"));
		}
		else if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
			problems.add(Problem.of("validTo", "unit.error.datesOutOfOrder"));
		}
		if (d.unitCode() == null || d.unitCode().isBlank()) {
			problems.add(Problem.of("unit", "organisation.error.unitRequired"));
		}
		else {
			Optional<UnitDraft> unit = graph.unit(d.unitCode());
			if (unit.isEmpty()) {
				problems.add(Problem.of("unit", "organisation.error.unitUnknown", d.unitCode()));
			}
			else if (d.validFrom() != null && !UnitRules.within(asUnit(d), unit.get())) {
				problems.add(Problem.of("validFrom", "organisation.error.outsideUnitValidity", d.unitCode()));
			}
		}
		if (d.parentCode() != null) {
			if (graph.organisation(d.parentCode()).isEmpty()) {
				problems.add(Problem.of("parent", "organisation.error.parentUnknown", d.parentCode()));
			}
			else if (isOwnAncestor(d, graph)) {
				problems.add(Problem.of("parent", "unit.error.cycle", d.code()));
			}
		}
		return problems;
	}

	private static UnitDraft asUnit(OrganisationDraft d) {
		return new UnitDraft(d.code(), d.name(), null, null, d.validFrom(), d.validTo());
	}

	private static boolean isOwnAncestor(OrganisationDraft d, Lookup graph) {
		Set<String> seen = new HashSet<>();
		String current = d.parentCode();
		while (current != null) {
			if (current.equals(d.code()) || !seen.add(current)) {
				return true;
			}
			current = graph.organisation(current).map(OrganisationDraft::parentCode).orElse(null);
		}
		return false;
	}

}
