package vn.giamsat.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.people.PeopleSearch;
import vn.giamsat.plans.internal.PlanEditing;
import vn.giamsat.plans.internal.PlanStore;
import vn.giamsat.plans.internal.PlanningService;

/**
 * Builds plans of the Việt Hưng ward Front (the persona {@code mttq.viethung}) for tests:
 * its four focal units and the ward's own cadres as subjects. Each test uses its own
 * years.
 */
record PlanFixtures(PlanEditing editing, PlanningService planning, PlanStore store, OrgStructure structure) {

	static final List<String> UNITS = List.of("P-VH-MTTQ", "P-VH-CCB", "P-VH-PN", "P-VH-DTN");

	static void signInAs(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

	static void signOut() {
		SecurityContextHolder.clearContext();
	}

	long draft(int year, int rotationWindow) {
		long id = editing.create(year,
				new PlanEditing.General(null, null, "Kế hoạch giám sát thử " + year, "", "", rotationWindow));
		for (String unit : UNITS) {
			editing.setFocalUnit(id, version(id), unit, BigDecimal.ONE);
		}
		long ward = structure.unitByCode("HN-P-VH").orElseThrow().id();
		editing.addPeople(id, version(id),
				new PeopleSearch(null, null, null, null, null, 0, 50, structure.organisationIdsIn(Set.of(ward))));
		return id;
	}

	long solved(int year, int rotationWindow) {
		long id = draft(year, rotationWindow);
		planning.solveAndSave(store.plan(id).orElseThrow(), version(id));
		return id;
	}

	int version(long id) {
		return store.plan(id).orElseThrow().version();
	}
}
