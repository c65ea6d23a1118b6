package vn.giamsat.home;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DashboardContributor;
import vn.giamsat.platform.web.DashboardItem;

/** Start page: counts in the caller's scope and the next steps for their role. */
@Controller
class HomeController {

	private final CurrentAccess access;

	private final JdbcClient jdbc;

	private final List<DashboardContributor> contributors;

	HomeController(CurrentAccess access, JdbcClient jdbc, List<DashboardContributor> contributors) {
		this.access = access;
		this.jdbc = jdbc;
		this.contributors = contributors;
	}

	@GetMapping("/")
	String home(Model model) {
		AccessScope scope = access.scope();
		model.addAttribute("counts", scope.is(Role.CADRE) ? new HomeCounts(0, 0, 0) : counts(scope));
		List<DashboardItem> items = new ArrayList<>();
		contributors.forEach(c -> items.addAll(c.items(scope)));
		model.addAttribute("items", items);
		return "home";
	}

	private HomeCounts counts(AccessScope s) {
		Long[] u = s.unitIdArray();
		boolean g = s.global();
		long units = jdbc.sql("select count(*) from admin_unit where ? or id = any(?)")
			.params(g, u)
			.query(Long.class)
			.single();
		long orgs = jdbc.sql("select count(*) from organisation where ? or unit_id = any(?)")
			.params(g, u)
			.query(Long.class)
			.single();
		long people = jdbc.sql("""
				select count(*) from person p left join organisation w on w.id = p.workplace_id
				left join organisation m on m.id = p.managing_committee_id
				where ? or w.unit_id = any(?) or p.residence_unit_id = any(?) or m.unit_id = any(?)""")
			.params(g, u, u, u)
			.query(Long.class)
			.single();
		return new HomeCounts(units, orgs, people);
	}

}
