package vn.giamsat.orgs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.orgs.internal.StructureQueries;
import vn.giamsat.platform.security.AccessScope;

/**
 * The structure as other modules use it: units and organisations by id or code, a unit's
 * ancestors and subtree (the basis of every account's scope), and the 2025 lineage.
 */
@Service
@Transactional(readOnly = true)
public class OrgStructure {

	private record Versioned(long version, Set<Long> units) {
	}

	/** The last subtrees asked for, least recently used dropped first. */
	private final Map<Long, Versioned> subtrees = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Versioned> eldest) {
			return size() > 500;
		}
	};

	private final StructureQueries queries;

	OrgStructure(StructureQueries queries) {
		this.queries = queries;
	}

	public Optional<UnitView> unit(long id) {
		return queries.unit(id);
	}

	public Optional<UnitView> unitByCode(String code) {
		return queries.unitByCode(code);
	}

	/**
	 * The unit and every unit below it, whatever their validity (history stays visible in
	 * scope). Unmodifiable; reused while the structure is unchanged (asked on every
	 * request to build the caller's scope).
	 */
	public Set<Long> subtreeUnitIds(long unitId) {
		long version = structureVersion();
		synchronized (subtrees) {
			Versioned hit = subtrees.get(unitId);
			if (hit != null && hit.version() == version) {
				return hit.units();
			}
		}
		// read after the version, so at least as new as the version says
		Set<Long> units = Set.copyOf(queries.subtree(unitId));
		synchronized (subtrees) {
			subtrees.put(unitId, new Versioned(version, units));
		}
		return units;
	}

	/**
	 * A number that changes whenever units, organisations or lineage change (a trigger
	 * counts every change): lets callers reuse what they derived from the structure.
	 */
	public long structureVersion() {
		return queries.structureVersion();
	}

	/** From the top of the tree down to the unit itself. */
	public List<UnitView> path(long unitId) {
		return queries.path(unitId);
	}

	public Optional<OrganisationView> organisation(long id) {
		return queries.organisation(id);
	}

	public Optional<OrganisationView> organisationByCode(String code) {
		return queries.organisationByCode(code);
	}

	/** Units that replaced this one in a reorganisation (2025: old wards → new wards). */
	public List<UnitView> successors(long unitId) {
		return queries.successors(unitId);
	}

	public List<UnitView> predecessors(long unitId) {
		return queries.predecessors(unitId);
	}

	/** Units of the given levels inside the scope, for filters and pickers. */
	public List<UnitView> unitsInScope(AccessScope scope, Set<AdminLevel> levels) {
		return queries.unitsInScope(scope, levels);
	}

	/**
	 * Ids of every organisation attached to the given units (a scope's organisations).
	 */
	public Long[] organisationIdsIn(Set<Long> unitIds) {
		return queries.organisationIdsIn(unitIds);
	}

	/** Organisations of the given types inside the scope, for filters and pickers. */
	public List<OrganisationView> organisationsInScope(AccessScope scope, Set<OrganisationType> types) {
		return queries.organisationsInScope(scope, types);
	}

}
