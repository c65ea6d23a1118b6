package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.ReportStatus;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;

/** The reports a caller may list, and the overdue board per receiving body. */
@Component
public class ReportListing {

	private final ReportStore store;

	private final ReportAccess access;

	private final OrgStructure structure;

	private final Clock clock;

	ReportListing(ReportStore store, ReportAccess access, OrgStructure structure, Clock clock) {
		this.store = store;
		this.access = access;
		this.structure = structure;
		this.clock = clock;
	}

	public List<ReportRow> visible(ReportStatus status) {
		AccessScope s = access.scope();
		List<ReportRow> rows;
		if (s.is(Role.FRONT_OFFICER)) {
			rows = store.list(structure.organisationIdsIn(s.unitIds()), null, null, status, 300);
		}
		else if (s.is(Role.FRONT_WORK_COMMITTEE)) {
			rows = store.list(null, s.unitIdArray(), null, status, 300);
		}
		else if (s.is(Role.PARTY_COMMITTEE_OFFICER) && s.organisationId() != null) {
			rows = store.list(null, null, s.organisationId(), status, 300);
		}
		else {
			return List.of();
		}
		return rows.stream().filter(this::readable).toList();
	}

	/** Overdue open reports grouped by the body that holds them. */
	public Map<String, List<ReportRow>> overdueByBody() {
		LocalDate today = LocalDate.now(clock);
		Map<String, List<ReportRow>> board = new LinkedHashMap<>();
		for (ReportRow r : visible(null)) {
			if (r.overdue(today)) {
				String body = r.status() == ReportStatus.FORWARDED && r.committeeOrgName() != null
						? r.committeeOrgName() : r.receivingOrgName();
				board.computeIfAbsent(body, k -> new ArrayList<>()).add(r);
			}
		}
		return board;
	}

	private boolean readable(ReportRow r) {
		try {
			access.view(r);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
