package vn.giamsat.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.DashboardContributor;
import vn.giamsat.platform.web.DashboardItem;
import vn.giamsat.platform.web.Messages;

/**
 * Start-page items: requests waiting at the caller's cell or Front work committee (the
 * notification for accounts without e-mail), and overdue requests of the caller's
 * workplace organisation.
 */
@Component
class ResidenceDashboard implements DashboardContributor {

	private final ResidenceQueries queries;

	private final Messages messages;

	private final Clock clock;

	ResidenceDashboard(ResidenceQueries queries, Messages messages, Clock clock) {
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<DashboardItem> items(AccessScope scope) {
		List<DashboardItem> items = new ArrayList<>();
		if (scope.organisationId() == null) {
			return items;
		}
		LocalDate today = LocalDate.now(clock);
		String column = scope.is(Role.PARTY_CELL_OFFICER) ? "residence_cell_id"
				: scope.is(Role.FRONT_WORK_COMMITTEE) ? "front_committee_id" : null;
		if (column != null) {
			long[] w = queries.waiting(column, scope.organisationId(), today);
			if (w[0] > 0) {
				items.add(new DashboardItem(w[0], messages.get("residence.dashboard.waiting"), "/residence", w[1] > 0));
			}
			if (w[1] > 0) {
				items.add(new DashboardItem(w[1], messages.get("residence.dashboard.overdueHere"), "/residence", true));
			}
		}
		if (scope.is(Role.PARTY_COMMITTEE_OFFICER, Role.PARTY_CELL_OFFICER)) {
			long overdue = queries.overdueOfOrganisation(scope.organisationId(), today);
			if (overdue > 0) {
				items.add(
						new DashboardItem(overdue, messages.get("residence.dashboard.overdueOwn"), "/residence", true));
			}
		}
		return items;
	}

}
