package vn.giamsat.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.plans.SupervisionPlans;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.portal.internal.PortalQueries;
import vn.giamsat.portal.internal.PublicFigures;

/** The public index of wards and the home page of a ward or residential group. */
@Controller
class PortalController {

	static final String VIEW_INDEX = "portal/index";

	static final String VIEW_UNIT = "portal/unit";

	private final PortalQueries queries;

	private final OrgStructure structure;

	private final SupervisionPlans plans;

	private final PublicFigures publicFigures;

	private final Clock clock;

	PortalController(PortalQueries queries, OrgStructure structure, SupervisionPlans plans, PublicFigures publicFigures,
			Clock clock) {
		this.queries = queries;
		this.structure = structure;
		this.plans = plans;
		this.publicFigures = publicFigures;
		this.clock = clock;
	}

	@GetMapping("/portal")
	String index(@RequestParam(required = false) String q, Model model) {
		String search = q == null ? "" : q.length() > 100 ? q.substring(0, 100) : q;
		model.addAttribute("q", search);
		model.addAttribute("wards", queries.wards(search, LocalDate.now(clock)));
		return VIEW_INDEX;
	}

	@GetMapping("/portal/units/{unitCode}")
	String unit(@PathVariable String unitCode, Model model) {
		LocalDate today = LocalDate.now(clock);
		UnitView unit = structure.unitByCode(unitCode)
			.filter(u -> u.validOn(today))
			.filter(u -> u.level() == AdminLevel.WARD || u.level() == AdminLevel.RESIDENTIAL_GROUP)
			.orElseThrow(NotFoundException::new);
		int year = today.getYear();
		Set<Long> subtree = structure.subtreeUnitIds(unit.id());
		PublicFigures.Figures figures = publicFigures.of(unit.id(), subtree, year);
		model.addAttribute("unit", unit);
		model.addAttribute("parent", unit.parentId() == null ? null : structure.unit(unit.parentId()).orElse(null));
		model.addAttribute("year", year);
		model.addAttribute("bodies", queries.frontBodies(unit.id(), today));
		model.addAttribute("groups",
				unit.level() == AdminLevel.WARD ? queries.groups(unit.id(), today) : java.util.List.of());
		model.addAttribute("assignments", plans.publicAssignments(subtree, year, 200));
		model.addAttribute("received", figures.received());
		model.addAttribute("answered", figures.answered());
		model.addAttribute("records", figures.records());
		model.addAttribute("opinions", figures.opinions());
		return VIEW_UNIT;
	}

}
