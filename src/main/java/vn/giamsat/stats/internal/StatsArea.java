package vn.giamsat.stats.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.UserInputException;

/**
 * Which supervising organisations a unit stands for (ADR 0007): the organisations of the
 * unit's subtree, plus those of the subtrees of every unit linked to it by the 2025
 * lineage — successors of its subtree (an old district asked about after 1/7/2025) and
 * predecessors (a new ward asked about before). Lineage is followed in one direction from
 * the asked unit, never back again, so a new ward does not pull in its predecessors'
 * other successors.
 */
@Component
public class StatsArea {

	// Three small steps instead of one query: as one recursive CTE the planner estimated
	// billions of rows for the lineage part at city scale and spilled a hash join to disk
	// (35 s for Hà Nội); each step alone is planned from real array sizes.
	private static final String SUBTREES = """
			with recursive sub(id) as (
			  select unnest(?::bigint[])
			  union select u.id from admin_unit u join sub on u.parent_id = sub.id)
			select id from sub""";

	private static final String LINEAGE = """
			with recursive fwd(id) as (
			  select successor_id from unit_lineage where predecessor_id = any(?)
			  union select l.successor_id from unit_lineage l join fwd on l.predecessor_id = fwd.id),
			bwd(id) as (
			  select predecessor_id from unit_lineage where successor_id = any(?)
			  union select l.predecessor_id from unit_lineage l join bwd on l.successor_id = bwd.id)
			select id from fwd union select id from bwd""";

	private static final String ORGANISATIONS = """
			select o.id, u.level || '|' || o.type from organisation o join admin_unit u on u.id = o.unit_id
			where o.unit_id = any(?)""";

	/**
	 * The asked unit, the organisation ids it stands for, each with its statistics cell
	 * {@code LEVEL|TYPE} (level of its unit, its type), and the units of the area.
	 */
	public record Area(UnitView unit, java.util.Set<Long> unitIds, Map<Long, String> cellOfOrganisation) {

		/** The organisations the unit stands for, as an SQL array parameter. */
		public Long[] organisationIds() {
			return cellOfOrganisation.keySet().toArray(Long[]::new);
		}
	}

	private record Versioned(long version, Area area) {
	}

	/** The last areas asked for, least recently used dropped first. */
	private final Map<Long, Versioned> recent = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Versioned> eldest) {
			return size() > 200;
		}
	};

	private final OrgStructure structure;

	private final JdbcClient jdbc;

	StatsArea(OrgStructure structure, JdbcClient jdbc) {
		this.structure = structure;
		this.jdbc = jdbc;
	}

	/**
	 * Refuses roles without statistics, an unknown unit code and a unit outside the
	 * caller's scope. A member organisation officer sees only the records and opinions of
	 * their own organisation (DOMAIN.md §4).
	 */
	public Area resolve(String unitCode, AccessScope scope) {
		UnitView unit = check(unitCode, scope);
		Area area = cached(unit);
		if (scope.is(Role.MEMBER_ORG_OFFICER)) {
			Map<Long, String> own = new HashMap<>(area.cellOfOrganisation());
			own.keySet().retainAll(Set.of(scope.organisationId()));
			return new Area(unit, Set.of(), Map.copyOf(own));
		}
		return area;
	}

	/**
	 * The whole area of a unit, reused while units, organisations and lineage are
	 * unchanged.
	 */
	private Area cached(UnitView unit) {
		long version = structure.structureVersion();
		synchronized (recent) {
			Versioned hit = recent.get(unit.id());
			if (hit != null && hit.version() == version) {
				return hit.area();
			}
		}
		// computed after reading the version, so it is at least as new as the version
		// says
		Area area = compute(unit);
		synchronized (recent) {
			recent.put(unit.id(), new Versioned(version, area));
		}
		return area;
	}

	private Area compute(UnitView unit) {
		Set<Long> units = subtrees(List.of(unit.id()));
		Long[] subtree = units.toArray(Long[]::new);
		List<Long> linked = jdbc.sql(LINEAGE).params(subtree, subtree).query(Long.class).list();
		if (!linked.isEmpty()) {
			units.addAll(subtrees(linked));
		}
		Map<Long, String> cells = new HashMap<>();
		jdbc.sql(ORGANISATIONS).param(units.toArray(Long[]::new)).query(rs -> {
			cells.put(rs.getLong(1), rs.getString(2));
		});
		return new Area(unit, Set.copyOf(units), Map.copyOf(cells));
	}

	/**
	 * The asked unit after the checks of {@link #resolve}, without working out its area:
	 * enough to validate a request.
	 */
	public UnitView check(String unitCode, AccessScope scope) {
		if (!scope.is(Role.FRONT_OFFICER, Role.MEMBER_ORG_OFFICER, Role.FRONT_WORK_COMMITTEE, Role.LEADER,
				Role.SYSTEM_ADMIN)) {
			throw new OutOfScopeException();
		}
		UnitView unit = structure.unitByCode(unitCode == null ? "" : unitCode.strip())
			.orElseThrow(() -> new UserInputException("unit", "stats.error.unknownUnit", unitCode));
		if (!scope.coversUnit(unit.id())) {
			throw new OutOfScopeException();
		}
		return unit;
	}

	private Set<Long> subtrees(List<Long> roots) {
		return new HashSet<>(jdbc.sql(SUBTREES).param(roots.toArray(Long[]::new)).query(Long.class).list());
	}

	/** The unit the caller sees first: the root of their scope, or the city. */
	public String defaultUnitCode(AccessScope scope) {
		if (scope.rootUnitId() != null) {
			return structure.unit(scope.rootUnitId()).map(UnitView::code).orElse("HN");
		}
		return "HN";
	}

}
