package vn.giamsat.orgs.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.orgs.internal.StructureSearch;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.NotFoundException;

/** JSON read endpoints for units and organisations, scoped exactly like the pages. */
@RestController
@PreAuthorize("!hasRole('CADRE')")
@Tag(name = "Structure", description = "Đơn vị hành chính và tổ chức trong phạm vi của tài khoản")
class StructureApiController {

	private final StructureSearch search;

	private final OrgStructure structure;

	private final CurrentAccess access;

	StructureApiController(StructureSearch search, OrgStructure structure, CurrentAccess access) {
		this.search = search;
		this.structure = structure;
		this.access = access;
	}

	record UnitJson(String code, String name, String level, String parent, LocalDate validFrom, LocalDate validTo) {
	}

	record OrganisationJson(String code, String name, String type, String unit, String parent, LocalDate validFrom,
			LocalDate validTo) {
	}

	record PageJson<T>(List<T> items, long total, int page, int size) {
	}

	@GetMapping("/api/v1/units")
	@Operation(summary = "Tìm đơn vị hành chính (không phân biệt dấu), lọc theo cấp")
	PageJson<UnitJson> units(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		AdminLevel lvl = level == null || level.isBlank() ? null : AdminLevel.fromCode(level).orElse(null);
		var result = search.units(access.scope(), q, lvl, Math.max(0, page), Math.min(Math.max(1, size), 500));
		return new PageJson<>(result.items().stream().map(this::json).toList(), result.total(), result.page(),
				result.size());
	}

	@GetMapping("/api/v1/units/{code}")
	@Operation(summary = "Một đơn vị hành chính theo mã")
	UnitJson unit(@PathVariable String code) {
		UnitView u = structure.unitByCode(code).orElseThrow(NotFoundException::new);
		access.requireUnit(u.id());
		return json(u);
	}

	@GetMapping("/api/v1/organisations")
	@Operation(summary = "Tìm tổ chức, lọc theo loại (mã hợp đồng: MTTQ, PHU_NU, …) và đơn vị")
	PageJson<OrganisationJson> organisations(@RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		OrganisationType t = type == null || type.isBlank() ? null : OrganisationType.fromCode(type).orElse(null);
		Long unitId = unit == null || unit.isBlank() ? null : structure.unitByCode(unit).map(UnitView::id).orElse(-1L);
		var result = search.organisations(access.scope(), q, t, unitId, Math.max(0, page),
				Math.min(Math.max(1, size), 500));
		return new PageJson<>(result.items().stream().map(this::json).toList(), result.total(), result.page(),
				result.size());
	}

	@GetMapping("/api/v1/organisations/{code}")
	@Operation(summary = "Một tổ chức theo mã")
	OrganisationJson organisation(@PathVariable String code) {
		OrganisationView o = structure.organisationByCode(code).orElseThrow(NotFoundException::new);
		access.requireUnit(o.unitId());
		return json(o);
	}

	private UnitJson json(UnitView u) {
		String parent = u.parentId() == null ? null : structure.unit(u.parentId()).map(UnitView::code).orElse(null);
		return new UnitJson(u.code(), u.name(), u.level().code(), parent, u.validFrom(), u.validTo());
	}

	private OrganisationJson json(OrganisationView o) {
		String parent = o.parentId() == null ? null
				: structure.organisation(o.parentId()).map(OrganisationView::code).orElse(null);
		return new OrganisationJson(o.code(), o.name(), o.type().code(), o.unitCode(), parent, o.validFrom(),
				o.validTo());
	}

}
