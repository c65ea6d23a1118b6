package vn.giamsat.cultivation.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.giamsat.cultivation.CultivationStatus;
import vn.giamsat.cultivation.internal.PeopleInScope;
import vn.giamsat.cultivation.internal.PlanOverviewQueries;
import vn.giamsat.cultivation.internal.PlanOverviewQueries.Counts;
import vn.giamsat.cultivation.internal.PlanOverviewQueries.Filter;
import vn.giamsat.cultivation.internal.PlanOverviewQueries.Row;
import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.platform.exports.ExportColumn;
import vn.giamsat.platform.exports.XlsxDownload;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.Problem;

/**
 * Plans in my scope: everyone expected to register a plan in the year, with or without
 * one, filtered and paged in Vietnamese name order, with the completeness counts by
 * managing committee and by workplace unit; both as XLSX.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','PROPAGANDA_OFFICER','PARTY_COMMITTEE_OFFICER','LEADER','SYSTEM_ADMIN')")
class PlanOverviewController {

	static final String VIEW_PLANS = "cultivation/plans";

	static final int PAGE_SIZE = 50;

	private final PlanOverviewQueries queries;

	private final PeopleInScope scopes;

	private final OrgStructure structure;

	private final CurrentAccess access;

	private final Messages messages;

	private final Clock clock;

	PlanOverviewController(PlanOverviewQueries queries, PeopleInScope scopes, OrgStructure structure,
			CurrentAccess access, Messages messages, Clock clock) {
		this.queries = queries;
		this.scopes = scopes;
		this.structure = structure;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cultivation/plans")
	String list(@ModelAttribute("filter") PlanOverviewForm form, Model model) {
		AccessScope scope = access.scope();
		List<Problem> problems = new ArrayList<>();
		Filter filter = filter(form, problems);
		model.addAttribute("year", filter.year());
		model.addAttribute("results", queries.page(scope, filter));
		model.addAttribute("byCommittee", queries.byCommittee(scope, filter));
		model.addAttribute("byUnit", queries.byUnit(scope, filter));
		model.addAttribute("totals", queries.totals(scope, filter));
		model.addAttribute("committees", scopes.committees(scope));
		model.addAttribute("units",
				structure.unitsInScope(scope, EnumSet.of(AdminLevel.CITY, AdminLevel.DISTRICT, AdminLevel.WARD)));
		model.addAttribute("statuses", CultivationStatus.values());
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_PLANS;
	}

	@GetMapping("/cultivation/plans/export.xlsx")
	@Transactional(readOnly = true)
	public void export(@ModelAttribute PlanOverviewForm form, HttpServletResponse response) throws IOException {
		Filter filter = filter(form, new ArrayList<>());
		List<ExportColumn<Row>> columns = List.of(ExportColumn.text(m("people.code"), Row::code),
				ExportColumn.<Row>text(m("people.fullName"), Row::fullName).width(28),
				ExportColumn.<Row>text(m("people.position"), Row::position).width(32),
				ExportColumn.<Row>text(m("people.workplace"), Row::workplace).width(32),
				ExportColumn.<Row>text(m("cultivation.overview.unit"), Row::unitName).width(24),
				ExportColumn.<Row>text(m("people.committee"), Row::committee).width(24),
				ExportColumn.<Row>text(m("cultivation.overview.state"), r -> m(r.stateKey())).width(22),
				ExportColumn.dateTime(m("cultivation.overview.submittedAt"), Row::submittedAt),
				ExportColumn.dateTime(m("cultivation.overview.decidedAt"), Row::decidedAt),
				ExportColumn.dateTime(m("cultivation.overview.publishedAt"), Row::publishedAt), ExportColumn
					.text(m("cultivation.overview.postedNow"), r -> m(r.posted() ? "common.yes" : "common.no")));
		String title = m("cultivation.overview.titleYear", filter.year());
		try (Stream<Row> rows = queries.stream(access.scope(), filter)) {
			XlsxDownload.send(response, "ke-hoach-tu-duong-" + filter.year(), m("cultivation.overview.sheet"), title,
					columns, rows);
		}
	}

	/** One sheet: the totals, then one line per committee, then one per unit. */
	@GetMapping("/cultivation/plans/counts.xlsx")
	@Transactional(readOnly = true)
	public void exportCounts(@ModelAttribute PlanOverviewForm form, HttpServletResponse response) throws IOException {
		AccessScope scope = access.scope();
		Filter filter = filter(form, new ArrayList<>());
		record Line(String group, Counts counts) {
		}
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(m("cultivation.overview.totals"), queries.totals(scope, filter)));
		queries.byCommittee(scope, filter).forEach(c -> lines.add(new Line(m("cultivation.overview.byCommittee"), c)));
		queries.byUnit(scope, filter).forEach(c -> lines.add(new Line(m("cultivation.overview.byUnit"), c)));
		List<ExportColumn<Line>> columns = List.of(
				ExportColumn.<Line>text(m("cultivation.overview.group"), Line::group).width(22),
				ExportColumn
					.<Line>text(m("cultivation.overview.name"),
							l -> l.counts().name() == null ? m("cultivation.overview.none") : l.counts().name())
					.width(32),
				ExportColumn.integer(m("cultivation.overview.expected"), l -> l.counts().expected()),
				ExportColumn.integer(m("cultivation.overview.received"), l -> l.counts().received()),
				ExportColumn.integer(m("cultivation.overview.approved"), l -> l.counts().approved()),
				ExportColumn.integer(m("cultivation.overview.returned"), l -> l.counts().returned()),
				ExportColumn.integer(m("cultivation.overview.posted"), l -> l.counts().posted()),
				ExportColumn.integer(m("cultivation.overview.notSubmitted"), l -> l.counts().notSubmitted()));
		XlsxDownload.send(response, "tien-do-ke-hoach-tu-duong-" + filter.year(), m("cultivation.overview.countsSheet"),
				m("cultivation.overview.countsTitle", filter.year()), columns, lines.stream());
	}

	private Filter filter(PlanOverviewForm form, List<Problem> problems) {
		int year = YearParam.resolve(form.year(), clock, problems);
		String given = form.status() == null || form.status().isBlank() ? null : form.status().strip();
		String status = given;
		if (given != null && !PlanOverviewQueries.NOT_SUBMITTED.equals(given)
				&& Arrays.stream(CultivationStatus.values()).noneMatch(s -> s.name().equals(given))) {
			problems.add(Problem.of("status", "cultivation.overview.error.status"));
			status = null;
		}
		Long[] units = null;
		if (form.unit() != null && !form.unit().isBlank()) {
			units = structure.unitByCode(form.unit().strip())
				.map(u -> structure.subtreeUnitIds(u.id()).toArray(Long[]::new))
				.orElse(new Long[] { -1L });
		}
		int page = form.page() == null ? 0 : Math.max(0, form.page());
		return new Filter(year, status, form.committee(), units, form.q(), page, PAGE_SIZE);
	}

	private String m(String code, Object... args) {
		return messages.get(code, args);
	}

}
