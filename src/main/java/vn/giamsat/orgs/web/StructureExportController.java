package vn.giamsat.orgs.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.orgs.internal.StructureSearch;
import vn.giamsat.platform.exports.ExportColumn;
import vn.giamsat.platform.exports.XlsxDownload;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Messages;

/**
 * The unit and organisation lists as XLSX, with the same filters and scope as the pages.
 */
@Controller
@PreAuthorize("!hasRole('CADRE')")
class StructureExportController {

	private static final int MAX_ROWS = 100_000;

	private final StructureSearch search;

	private final OrgStructure structure;

	private final CurrentAccess access;

	private final Messages messages;

	StructureExportController(StructureSearch search, OrgStructure structure, CurrentAccess access, Messages messages) {
		this.search = search;
		this.structure = structure;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/units/export.xlsx")
	void units(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
			HttpServletResponse response) throws IOException {
		AdminLevel lvl = level == null || level.isBlank() ? null : AdminLevel.fromCode(level).orElse(null);
		List<UnitView> rows = search.units(access.scope(), q, lvl, 0, MAX_ROWS).items();
		List<ExportColumn<UnitView>> columns = List.of(ExportColumn.text(messages.get("units.code"), UnitView::code),
				ExportColumn.<UnitView>text(messages.get("units.name"), UnitView::name).width(40),
				ExportColumn.text(messages.get("units.level"), u -> messages.get(u.level().messageKey())),
				ExportColumn.text(messages.get("units.parentCode"),
						u -> u.parentId() == null ? "" : structure.unit(u.parentId()).map(UnitView::code).orElse("")),
				ExportColumn.date(messages.get("units.validFrom"), UnitView::validFrom),
				ExportColumn.date(messages.get("units.validTo"), UnitView::validTo));
		XlsxDownload.send(response, "don-vi", messages.get("units.title"), messages.get("units.title"), columns,
				rows.stream());
	}

	@GetMapping("/organisations/export.xlsx")
	void organisations(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String unit, HttpServletResponse response) throws IOException {
		OrganisationType t = type == null || type.isBlank() ? null : OrganisationType.fromCode(type).orElse(null);
		Long unitId = unit == null || unit.isBlank() ? null
				: structure.unitByCode(unit.strip()).map(UnitView::id).orElse(-1L);
		List<OrganisationView> rows = search.organisations(access.scope(), q, t, unitId, 0, MAX_ROWS).items();
		List<ExportColumn<OrganisationView>> columns = List.of(
				ExportColumn.text(messages.get("units.code"), OrganisationView::code),
				ExportColumn.<OrganisationView>text(messages.get("organisations.name"), OrganisationView::name)
					.width(45),
				ExportColumn.text(messages.get("organisations.type"), o -> messages.get(o.type().messageKey())),
				ExportColumn.text(messages.get("organisations.unitCode"), OrganisationView::unitCode),
				ExportColumn.<OrganisationView>text(messages.get("organisations.unit"), OrganisationView::unitName)
					.width(35),
				ExportColumn.date(messages.get("units.validFrom"), OrganisationView::validFrom),
				ExportColumn.date(messages.get("units.validTo"), OrganisationView::validTo));
		XlsxDownload.send(response, "to-chuc", messages.get("organisations.title"), messages.get("organisations.title"),
				columns, rows.stream());
	}

}
