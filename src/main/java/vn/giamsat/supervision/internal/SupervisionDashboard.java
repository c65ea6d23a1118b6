package vn.giamsat.supervision.internal;

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
import vn.giamsat.supervision.DelegationTimeline;

/**
 * Start-page counts of what waits for the viewer: opinions to release, recommendations
 * overdue, delegation deadlines within a week, and for a cadre the opinions to answer.
 */
@Component
class SupervisionDashboard implements DashboardContributor {

	static final int DEADLINE_HORIZON_DAYS = 7;

	private final OpinionStore opinions;

	private final RecommendationStore recommendations;

	private final JdbcClient jdbc;

	private final Messages messages;

	private final Clock clock;

	SupervisionDashboard(OpinionStore opinions, RecommendationStore recommendations, JdbcClient jdbc, Messages messages,
			Clock clock) {
		this.opinions = opinions;
		this.recommendations = recommendations;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<DashboardItem> items(AccessScope scope) {
		List<DashboardItem> items = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		if (scope.is(Role.CADRE) && scope.personId() != null) {
			long open = opinions.released(scope.personId()).stream().filter(r -> r.answerKind() == null).count();
			add(items, open, "supervision.dashboard.toAnswer", "/supervision/my-opinions", true);
			return items;
		}
		if (scope.is(Role.FRONT_OFFICER)) {
			add(items, opinions.awaitingRelease(scope), "supervision.dashboard.toRelease",
					"/supervision/opinions?released=false", true);
			add(items, deadlinesClose(scope, today), "supervision.dashboard.deadlines", "/supervision/delegations",
					true);
		}
		if (scope.is(Role.FRONT_OFFICER, Role.LEADER, Role.PARTY_COMMITTEE_OFFICER, Role.SYSTEM_ADMIN)) {
			long overdue = recommendations.overdueByAddressee(scope, today)
				.stream()
				.mapToLong(RecommendationStore.OverdueRow::count)
				.sum();
			add(items, overdue, "supervision.dashboard.overdue", "/supervision/recommendations?overdue=true", true);
		}
		return items;
	}

	/**
	 * Open milestones (notice, documents, report) due between today and a week from now.
	 */
	private long deadlinesClose(AccessScope scope, LocalDate today) {
		LocalDate until = today.plusDays(DEADLINE_HORIZON_DAYS);
		return jdbc.sql("""
				select count(*) from supervision_delegation d join organisation o on o.id = d.owner_id
				where o.unit_id = any(?) and (
				 (d.notice_sent_on is null and d.session_date - ? between ? and ?)
				 or (d.documents_received_on is null and d.session_date - ? between ? and ?)
				 or (d.report_submitted_on is null and d.session_date + ? between ? and ?))""")
			.params(scope.unitIdArray(), DelegationTimeline.NOTICE_DAYS_BEFORE, today, until,
					DelegationTimeline.DOCUMENTS_DAYS_BEFORE, today, until, DelegationTimeline.REPORT_DAYS_AFTER, today,
					until)
			.query(Long.class)
			.single();
	}

	private void add(List<DashboardItem> items, long count, String key, String href, boolean warning) {
		if (count > 0) {
			items.add(new DashboardItem(count, messages.get(key), href, warning));
		}
	}

}
