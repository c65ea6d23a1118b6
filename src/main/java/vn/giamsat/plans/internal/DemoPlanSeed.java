package vn.giamsat.plans.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.people.PeopleSearch;
import vn.giamsat.plans.PlanStatus;
import vn.giamsat.platform.demo.DemoSeed;

/**
 * Long Biên's 2019 plan, issued and closed, as the Standing Committee would have made it:
 * the 104 district-managed cadres assigned to the Front and its four member organisations
 * of the article. It gives next year's plan a history to rotate from. Made through the
 * plan's own use cases, signed in as the district Front officer. The module declares its
 * own seed (as Decidim components do), run by the demo module after the base data.
 */
@Component
public class DemoPlanSeed implements DemoSeed {

	static final List<String[]> FOCAL_UNITS = List.of(new String[] { "LB-MTTQ", "2" }, new String[] { "LB-LDLD", "1" },
			new String[] { "LB-CCB", "1" }, new String[] { "LB-PN", "1.5" }, new String[] { "LB-DTN", "1" });

	private final PlanEditing editing;

	private final PlanningService planning;

	private final PlanLifecycle lifecycle;

	private final PlanStore store;

	private final OrgStructure structure;

	DemoPlanSeed(PlanEditing editing, PlanningService planning, PlanLifecycle lifecycle, PlanStore store,
			OrgStructure structure) {
		this.editing = editing;
		this.planning = planning;
		this.lifecycle = lifecycle;
		this.store = store;
		this.structure = structure;
	}

	@Override
	public int order() {
		return PLANS;
	}

	@Override
	public void seed() {
		load();
	}

	public void load() {
		seed(2019, "05/KH-MTTQ-BTT",
				List.of(PlanStatus.CONSULTING, PlanStatus.ISSUED, PlanStatus.IN_PROGRESS, PlanStatus.CLOSED), null);
	}

	/**
	 * The current year's plan, issued and in progress (the supervision demo needs one).
	 * The demo cadre is pinned to the Women's Union, the member organisation with a demo
	 * account, so that every step of the supervision story has a persona.
	 */
	public void loadInProgress(int year) {
		seed(year, "03/KH-MTTQ-BTT", List.of(PlanStatus.CONSULTING, PlanStatus.ISSUED, PlanStatus.IN_PROGRESS),
				new String[] { "LB-CB-001", "LB-PN" });
	}

	private void seed(int year, String number, List<PlanStatus> path, String[] pin) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("mttq.longbien", null,
					List.of(new SimpleGrantedAuthority("ROLE_FRONT_OFFICER"))));
		try {
			long id = editing.create(year,
					new PlanEditing.General(null, null,
							"Kế hoạch giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên",
							"Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư",
							"Giám sát việc thực hiện kế hoạch tu dưỡng, rèn luyện", 1));
			for (String[] unit : FOCAL_UNITS) {
				editing.setFocalUnit(id, version(id), unit[0], new BigDecimal(unit[1]));
			}
			long district = structure.unitByCode("HN-LB").orElseThrow().id();
			editing.addPeople(id, version(id), new PeopleSearch(null, null, null, null, null, 0, 50,
					structure.organisationIdsIn(Set.of(district))));
			if (pin != null) {
				long subject = store.subjects(id)
					.stream()
					.filter(s -> pin[0].equals(s.code()))
					.findFirst()
					.orElseThrow()
					.id();
				editing.pin(id, version(id), subject, structure.organisationByCode(pin[1]).orElseThrow().id(),
						"Theo đề nghị của Ban Thường trực");
			}
			planning.solveAndSave(store.plan(id).orElseThrow(), version(id));
			editing.updateGeneral(id, version(id),
					new PlanEditing.General(number, LocalDate.of(year, 1, 15),
							"Kế hoạch giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên",
							"Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư",
							"Giám sát việc thực hiện kế hoạch tu dưỡng, rèn luyện", 1));
			for (PlanStatus next : path) {
				lifecycle.move(id, version(id), next, null);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private int version(long id) {
		return store.plan(id).orElseThrow().version();
	}

}
