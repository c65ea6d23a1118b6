package vn.giamsat.people.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giamsat.people.PeopleDirectory;
import vn.giamsat.people.PeoplePage;
import vn.giamsat.people.PersonView;
import vn.giamsat.people.web.PeopleFilterForm;
import vn.giamsat.people.web.PeopleFilters;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.NotFoundException;

/**
 * JSON search and lookup of people, scoped like the pages; a cadre reads only their own
 * record.
 */
@RestController
@Tag(name = "People", description = "Cán bộ, đảng viên trong phạm vi của tài khoản")
class PeopleApiController {

	private final PeopleDirectory directory;

	private final PeopleFilters filters;

	private final CurrentAccess access;

	PeopleApiController(PeopleDirectory directory, PeopleFilters filters, CurrentAccess access) {
		this.directory = directory;
		this.filters = filters;
		this.access = access;
	}

	record PersonJson(String code, String fullName, String gender, Integer birthYear, boolean partyMember,
			String position, String workplace, String residence, String managingCommittee, String category) {
	}

	record PageJson(List<PersonJson> items, long total, int page, int size) {
	}

	@GetMapping("/api/v1/people")
	@PreAuthorize("!hasRole('CADRE')")
	@Operation(
			summary = "Tìm cán bộ, đảng viên (họ tên không dấu cũng được), lọc theo địa bàn, nơi công tác, nhóm, cấp ủy quản lý; sắp xếp theo tên tiếng Việt")
	PageJson search(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Long organisation, @RequestParam(required = false) String category,
			@RequestParam(required = false) Long committee, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		var search = filters.toSearch(new PeopleFilterForm(q, unit, organisation, category, committee, page));
		search = new vn.giamsat.people.PeopleSearch(search.query(), search.unitIds(), search.organisationId(),
				search.category(), search.managingCommitteeId(), search.page(), size);
		PeoplePage result = directory.search(access.scope(), search);
		return new PageJson(result.items().stream().map(PeopleApiController::json).toList(), result.total(),
				result.page(), result.size());
	}

	@GetMapping("/api/v1/people/{code}")
	@Operation(summary = "Một người theo mã")
	PersonJson person(@PathVariable String code) {
		PersonView p = directory.personByCode(code).orElseThrow(NotFoundException::new);
		if (!directory.inScope(access.scope(), p)) {
			throw new OutOfScopeException();
		}
		return json(p);
	}

	static PersonJson json(PersonView p) {
		return new PersonJson(p.code(), p.fullName(), p.gender().code(), p.birthYear(), p.partyMember(),
				p.positionTitle(), p.workplaceName(), p.residenceName(), p.managingCommitteeName(),
				p.category().code());
	}

}
