package vn.giamsat.people.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.giamsat.people.PersonView;
import vn.giamsat.people.internal.PeopleQueries;
import vn.giamsat.platform.exports.ExportColumn;
import vn.giamsat.platform.exports.XlsxDownload;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Messages;

/**
 * The people list as XLSX: same filters, scope and Vietnamese order; streamed from the
 * database.
 */
@Controller
@PreAuthorize("!hasRole('CADRE')")
class PeopleExportController {

	private final PeopleQueries queries;

	private final PeopleFilters filters;

	private final CurrentAccess access;

	private final Messages messages;

	PeopleExportController(PeopleQueries queries, PeopleFilters filters, CurrentAccess access, Messages messages) {
		this.queries = queries;
		this.filters = filters;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/people/export.xlsx")
	@Transactional(readOnly = true)
	public void export(@ModelAttribute PeopleFilterForm filter, HttpServletResponse response) throws IOException {
		List<ExportColumn<PersonView>> columns = List.of(
				ExportColumn.text(messages.get("people.code"), PersonView::code),
				ExportColumn.<PersonView>text(messages.get("people.fullName"), PersonView::fullName).width(28),
				ExportColumn.text(messages.get("people.gender"), p -> messages.get(p.gender().messageKey())),
				ExportColumn.integer(messages.get("people.birthYear"), PersonView::birthYear),
				ExportColumn.text(messages.get("people.partyMember"),
						p -> messages.get(p.partyMember() ? "common.yes" : "common.no")),
				ExportColumn.<PersonView>text(messages.get("people.position"), PersonView::positionTitle).width(35),
				ExportColumn.<PersonView>text(messages.get("people.workplace"), PersonView::workplaceName).width(35),
				ExportColumn.<PersonView>text(messages.get("people.residence"), PersonView::residenceName).width(35),
				ExportColumn.<PersonView>text(messages.get("people.committee"), PersonView::managingCommitteeName)
					.width(25),
				ExportColumn.text(messages.get("people.category"), p -> messages.get(p.category().messageKey())));
		try (Stream<PersonView> rows = queries.stream(access.scope(), filters.toSearch(filter))) {
			XlsxDownload.send(response, "can-bo", messages.get("people.title"), messages.get("people.title"), columns,
					rows);
		}
	}

}
