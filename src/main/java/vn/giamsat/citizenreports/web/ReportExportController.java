package vn.giamsat.citizenreports.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.giamsat.citizenreports.internal.ReportListing;
import vn.giamsat.citizenreports.internal.ReportRow;
import vn.giamsat.platform.exports.ExportColumn;
import vn.giamsat.platform.exports.XlsxDownload;
import vn.giamsat.platform.web.Messages;

/**
 * The list as XLSX for reporting. It has no reporter column at all: the row it is built
 * from never carries the sealed identity (DOMAIN.md §5).
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','FRONT_WORK_COMMITTEE','PARTY_COMMITTEE_OFFICER')")
class ReportExportController {

	private final ReportListing listing;

	private final Messages messages;

	ReportExportController(ReportListing listing, Messages messages) {
		this.listing = listing;
		this.messages = messages;
	}

	@GetMapping("/reports/export.xlsx")
	void export(HttpServletResponse response) throws IOException {
		List<ExportColumn<ReportRow>> columns = List.of(
				ExportColumn.integer(messages.get("citizenreports.field.number"), ReportRow::id),
				ExportColumn.text(messages.get("citizenreports.field.classification"),
						r -> messages.get(r.classification().messageKey())),
				ExportColumn.text(messages.get("citizenreports.field.status"),
						r -> messages.get(r.status().messageKey())),
				ExportColumn.text(messages.get("citizenreports.field.channel"),
						r -> messages.get(r.channel().messageKey())),
				ExportColumn.<ReportRow>text(messages.get("citizenreports.field.unit"), ReportRow::unitName).width(30),
				ExportColumn
					.<ReportRow>text(messages.get("citizenreports.field.receiving"), ReportRow::receivingOrgName)
					.width(30),
				ExportColumn.<ReportRow>text(messages.get("citizenreports.field.subject"), ReportRow::subjectLabel)
					.width(35),
				ExportColumn.dateTime(messages.get("citizenreports.field.received"), ReportRow::receivedAt),
				ExportColumn.date(messages.get("citizenreports.field.due"), ReportRow::nextDue));
		XlsxDownload.send(response, "phan-anh", messages.get("citizenreports.list.title"),
				messages.get("citizenreports.list.title"), columns, listing.visible(null).stream());
	}

}
