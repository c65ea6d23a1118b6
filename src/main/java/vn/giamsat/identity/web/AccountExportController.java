package vn.giamsat.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.identity.AccountView;
import vn.giamsat.identity.internal.AccountQueries;
import vn.giamsat.platform.exports.ExportColumn;
import vn.giamsat.platform.exports.XlsxDownload;
import vn.giamsat.platform.web.Messages;

/** The account list as XLSX for administrators; never password hashes. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AccountExportController {

	private final AccountQueries queries;

	private final Messages messages;

	AccountExportController(AccountQueries queries, Messages messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/admin/users/export.xlsx")
	void export(@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		List<ExportColumn<AccountView>> columns = List.of(
				ExportColumn.text(messages.get("accounts.username"), AccountView::username),
				ExportColumn.<AccountView>text(messages.get("accounts.displayName"), AccountView::displayName)
					.width(28),
				ExportColumn.text(messages.get("accounts.role"), a -> messages.get(a.role().messageKey())),
				ExportColumn.<AccountView>text(messages.get("accounts.organisation"), AccountView::organisationName)
					.width(40),
				ExportColumn.text(messages.get("accounts.status"),
						a -> messages.get(a.enabled() ? "accounts.enabled" : "accounts.disabled")),
				ExportColumn.date(messages.get("accounts.validFrom"), AccountView::validFrom),
				ExportColumn.date(messages.get("accounts.validTo"), AccountView::validTo));
		XlsxDownload.send(response, "tai-khoan", messages.get("accounts.title"), messages.get("accounts.title"),
				columns, queries.list(q).stream());
	}

}
