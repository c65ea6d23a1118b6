package vn.giamsat.orgs.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The unit graph from the database, with one unit replaced by its edited draft. */
class DatabaseUnitLookup implements UnitRules.Lookup {

	private final AdminUnitRepository units;

	private final UnitDraft edited;

	DatabaseUnitLookup(AdminUnitRepository units, UnitDraft edited) {
		this.units = units;
		this.edited = edited;
	}

	@Override
	public Optional<UnitDraft> byCode(String code) {
		if (edited != null && edited.code().equals(code)) {
			return Optional.of(edited);
		}
		return units.findByCode(code).map(u -> draftOf(u, parentCodes(List.of(u))));
	}

	@Override
	public List<UnitDraft> childrenOf(String code) {
		return units.findByCode(code).map(u -> {
			List<AdminUnit> children = units.findByParentId(u.id);
			return children.stream()
				.map(c -> new UnitDraft(c.code, c.name, c.level, code, c.validFrom, c.validTo))
				.toList();
		}).orElse(List.of());
	}

	private Map<Long, String> parentCodes(List<AdminUnit> list) {
		return list.stream()
			.filter(u -> u.parentId != null)
			.collect(Collectors.toMap(u -> u.parentId, u -> units.findById(u.parentId).map(p -> p.code).orElse("")));
	}

	private static UnitDraft draftOf(AdminUnit u, Map<Long, String> parentCodes) {
		return new UnitDraft(u.code, u.name, u.level, u.parentId == null ? null : parentCodes.get(u.parentId),
				u.validFrom, u.validTo);
	}

}
