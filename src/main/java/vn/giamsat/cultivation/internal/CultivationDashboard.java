package vn.giamsat.cultivation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DashboardContributor;
import vn.giamsat.platform.web.DashboardItem;
import vn.giamsat.platform.web.Messages;

/**
 * On the start page: how many people in scope are overdue with their plan of the year,
 * and for a party committee officer the submitted plans waiting for their decision.
 */
@Component
class CultivationDashboard implements DashboardContributor {

	private final OverdueQueries overdue;

	private final JdbcClient jdbc;

	private final Messages messages;

	private final Clock clock;

	CultivationDashboard(OverdueQueries overdue, JdbcClient jdbc, Messages messages, Clock clock) {
		this.overdue = overdue;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<DashboardItem> items(AccessScope scope) {
		List<DashboardItem> items = new ArrayList<>();
		if (!scope.is(Role.FRONT_OFFICER, Role.PROPAGANDA_OFFICER, Role.PARTY_COMMITTEE_OFFICER, Role.LEADER,
				Role.SYSTEM_ADMIN)) {
			return items;
		}
		LocalDate today = LocalDate.now(clock);
		if (scope.is(Role.PARTY_COMMITTEE_OFFICER) && scope.organisationId() != null) {
			long waiting = jdbc.sql("""
					select count(*) from cultivation_plan c join person p on p.id = c.person_id
					where p.managing_committee_id = ? and c.status = 'SUBMITTED'""")
				.param(scope.organisationId())
				.query(Long.class)
				.single();
			items.add(new DashboardItem(waiting, messages.get("cultivation.dashboard.awaiting"),
					"/cultivation/approvals", waiting > 0));
		}
		long late = overdue.count(scope, today.getYear(), today);
		items.add(new DashboardItem(late, messages.get("cultivation.dashboard.overdue", today.getYear()),
				"/cultivation/overdue?year=" + today.getYear(), late > 0));
		return items;
	}

}
