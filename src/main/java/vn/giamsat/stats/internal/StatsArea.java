package vn.giamsat.stats.internal;

import java.util.List;

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

	private static final String SQL = """
			with recursive sub(id) as (
			  select ?::bigint
			  union select u.id from admin_unit u join sub on u.parent_id = sub.id),
			fwd(id) as (
			  select l.successor_id from unit_lineage l join sub on l.predecessor_id = sub.id
			  union select l.successor_id from unit_lineage l join fwd on l.predecessor_id = fwd.id),
			bwd(id) as (
			  select l.predecessor_id from unit_lineage l join sub on l.successor_id = sub.id
			  union select l.predecessor_id from unit_lineage l join bwd on l.successor_id = bwd.id),
			ext(id) as (
			  select id from fwd union select id from bwd
			  union select u.id from admin_unit u join ext on u.parent_id = ext.id)
			select o.id from organisation o
			where o.unit_id in (select id from sub union select id from ext)""";

	private static final String UNITS_SQL = SQL.substring(0, SQL.indexOf("select o.id from organisation o"))
			+ "select id from sub union select id from ext";

	/** The asked unit and the organisation ids it stands for. */
	public record Area(UnitView unit, Long[] organisationIds, java.util.Set<Long> unitIds) {
	}

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
		if (!scope.is(Role.FRONT_OFFICER, Role.MEMBER_ORG_OFFICER, Role.FRONT_WORK_COMMITTEE, Role.LEADER,
				Role.SYSTEM_ADMIN)) {
			throw new OutOfScopeException();
		}
		UnitView unit = structure.unitByCode(unitCode == null ? "" : unitCode.strip())
			.orElseThrow(() -> new UserInputException("unit", "stats.error.unknownUnit", unitCode));
		if (!scope.coversUnit(unit.id())) {
			throw new OutOfScopeException();
		}
		List<Long> ids = jdbc.sql(SQL).param(unit.id()).query(Long.class).list();
		if (scope.is(Role.MEMBER_ORG_OFFICER)) {
			ids = ids.stream().filter(id -> id.equals(scope.organisationId())).toList();
		}
		java.util.Set<Long> units = scope.is(Role.MEMBER_ORG_OFFICER) ? java.util.Set.of()
				: new java.util.HashSet<>(jdbc.sql(UNITS_SQL).param(unit.id()).query(Long.class).list());
		return new Area(unit, ids.toArray(Long[]::new), units);
	}

	/** The unit the caller sees first: the root of their scope, or the city. */
	public String defaultUnitCode(AccessScope scope) {
		if (scope.rootUnitId() != null) {
			return structure.unit(scope.rootUnitId()).map(UnitView::code).orElse("HN");
		}
		return "HN";
	}

}
