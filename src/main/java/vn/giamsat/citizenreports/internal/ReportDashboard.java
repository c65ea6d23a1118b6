package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.calendar.WorkingDays;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DashboardContributor;
import vn.giamsat.platform.web.DashboardItem;
import vn.giamsat.platform.web.Messages;

/** The Front officer's start page: reports waiting, due soon and overdue in scope. */
@Component
class ReportDashboard implements DashboardContributor {

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final ReportSettings settings;

	private final Messages messages;

	private final Clock clock;

	ReportDashboard(JdbcClient jdbc, WorkingDays workingDays, ReportSettings settings, Messages messages, Clock clock) {
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<DashboardItem> items(AccessScope scope) {
		if (!scope.is(Role.FRONT_OFFICER) || scope.unitIds().isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate soon = workingDays.plusWorkingDays(today, settings.remindBeforeDays());
		List<Object[]> row = jdbc.sql("""
				select count(*) filter (where r.status = 'RECEIVED'),
				  count(*) filter (where d.due < ?), count(*) filter (where d.due >= ? and d.due <= ?)
				from citizen_report r join organisation o on o.id = r.receiving_org_id
				cross join lateral (select case when r.acknowledged_at is null then r.ack_due
				  when r.status = 'RECEIVED' then r.screen_due else r.answer_due end as due) d
				where r.status in ('RECEIVED', 'SCREENED', 'VERIFYING', 'FORWARDED') and o.unit_id = any(?)""")
			.params(today, today, soon, scope.unitIdArray())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list();
		List<DashboardItem> items = new ArrayList<>();
		long waiting = (Long) row.get(0)[0];
		long overdue = (Long) row.get(0)[1];
		long dueSoon = (Long) row.get(0)[2];
		if (waiting > 0) {
			items.add(new DashboardItem(waiting, messages.get("citizenreports.dashboard.waiting"),
					"/reports?status=RECEIVED", false));
		}
		if (dueSoon > 0) {
			items.add(new DashboardItem(dueSoon, messages.get("citizenreports.dashboard.dueSoon"), "/reports", false));
		}
		if (overdue > 0) {
			items.add(new DashboardItem(overdue, messages.get("citizenreports.dashboard.overdue"), "/reports/overdue",
					true));
		}
		return items;
	}

}
