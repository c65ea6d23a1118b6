package vn.giamsat.orgs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.platform.security.AccessScope;

/** Read side of the structure: plain SQL, recursive queries for trees. */
@Component
public class StructureQueries {

	/**
	 * "Tổ dân phố số 2" before "Tổ dân phố số 10": the text before the first number, then
	 * the number.
	 */
	static final String NATURAL_NAME_ORDER = "substring(u.name_folded from '^\\D*'), "
			+ "substring(u.name_folded from '\\d+')::numeric nulls first, u.name_folded, u.code";

	static final String UNIT_COLUMNS = "u.id, u.code, u.name, u.level, u.parent_id, u.valid_from, u.valid_to";

	static final String ORG_COLUMNS = """
			o.id, o.code, o.name, o.type, o.unit_id, u.code as unit_code, u.name as unit_name, o.parent_id,
			o.valid_from, o.valid_to""";

	private final JdbcClient jdbc;

	StructureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UnitView> unit(long id) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from admin_unit u where u.id = ?")
			.param(id)
			.query(StructureQueries::unitRow)
			.optional();
	}

	public Optional<UnitView> unitByCode(String code) {
		return jdbc.sql("select " + UNIT_COLUMNS + " from admin_unit u where u.code = ?")
			.param(code)
			.query(StructureQueries::unitRow)
			.optional();
	}

	public long structureVersion() {
		return jdbc.sql("select value from org_structure_version where id = 1").query(Long.class).single();
	}

	public Set<Long> subtree(long unitId) {
		return new HashSet<>(jdbc.sql("""
				with recursive t(id) as (
				  select id from admin_unit where id = ?
				  union select u.id from admin_unit u join t on u.parent_id = t.id)
				select id from t""").param(unitId).query(Long.class).list());
	}

	public List<UnitView> path(long unitId) {
		return jdbc.sql("""
				with recursive t(id, parent_id, depth) as (
				  select id, parent_id, 0 from admin_unit where id = ?
				  union all select u.id, u.parent_id, t.depth + 1 from admin_unit u join t on u.id = t.parent_id
				  where t.depth < 20)
				select %s from t join admin_unit u on u.id = t.id order by t.depth desc""".formatted(UNIT_COLUMNS))
			.param(unitId)
			.query(StructureQueries::unitRow)
			.list();
	}

	public List<UnitView> children(long unitId) {
		return jdbc
			.sql("select " + UNIT_COLUMNS + " from admin_unit u where u.parent_id = ? order by " + NATURAL_NAME_ORDER)
			.param(unitId)
			.query(StructureQueries::unitRow)
			.list();
	}

	public List<UnitView> roots() {
		return jdbc
			.sql("select " + UNIT_COLUMNS + " from admin_unit u where u.parent_id is null order by u.name_folded")
			.query(StructureQueries::unitRow)
			.list();
	}

	public int unitVersion(long unitId) {
		return jdbc.sql("select version from admin_unit where id = ?").param(unitId).query(Integer.class).single();
	}

	public int organisationVersion(long id) {
		return jdbc.sql("select version from organisation where id = ?").param(id).query(Integer.class).single();
	}

	/** Children per unit in one query, for a level of the tree. */
	public java.util.Map<Long, Integer> childCounts(List<Long> unitIds) {
		java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
		jdbc.sql("select parent_id, count(*) from admin_unit where parent_id = any(?) group by parent_id")
			.param(unitIds.toArray(Long[]::new))
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	public Optional<OrganisationView> organisation(long id) {
		return jdbc
			.sql("select " + ORG_COLUMNS + " from organisation o join admin_unit u on u.id = o.unit_id where o.id = ?")
			.param(id)
			.query(StructureQueries::orgRow)
			.optional();
	}

	public Optional<OrganisationView> organisationByCode(String code) {
		return jdbc
			.sql("select " + ORG_COLUMNS
					+ " from organisation o join admin_unit u on u.id = o.unit_id where o.code = ?")
			.param(code)
			.query(StructureQueries::orgRow)
			.optional();
	}

	public List<OrganisationView> organisationsOfUnit(long unitId) {
		return jdbc.sql("select " + ORG_COLUMNS
				+ " from organisation o join admin_unit u on u.id = o.unit_id where o.unit_id = ? order by o.type, o.name_folded")
			.param(unitId)
			.query(StructureQueries::orgRow)
			.list();
	}

	public List<UnitView> successors(long unitId) {
		return jdbc.sql("select " + UNIT_COLUMNS
				+ " from unit_lineage l join admin_unit u on u.id = l.successor_id where l.predecessor_id = ? order by u.name_folded")
			.param(unitId)
			.query(StructureQueries::unitRow)
			.list();
	}

	public List<UnitView> predecessors(long unitId) {
		return jdbc.sql("select " + UNIT_COLUMNS
				+ " from unit_lineage l join admin_unit u on u.id = l.predecessor_id where l.successor_id = ? order by u.name_folded")
			.param(unitId)
			.query(StructureQueries::unitRow)
			.list();
	}

	public List<UnitView> unitsInScope(AccessScope scope, Set<AdminLevel> levels) {
		return jdbc.sql("select " + UNIT_COLUMNS
				+ " from admin_unit u where (? or u.id = any(?)) and u.level = any(?) order by u.level, u.name_folded limit 2000")
			.params(scope.global(), scope.unitIdArray(), levels.stream().map(Enum::name).toArray(String[]::new))
			.query(StructureQueries::unitRow)
			.list();
	}

	public Long[] organisationIdsIn(Set<Long> unitIds) {
		return jdbc.sql("select id from organisation where unit_id = any(?)")
			.param(unitIds.toArray(Long[]::new))
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
	}

	public List<OrganisationView> organisationsInScope(AccessScope scope, Set<OrganisationType> types) {
		return jdbc
			.sql("select " + ORG_COLUMNS + " from organisation o join admin_unit u on u.id = o.unit_id"
					+ " where (? or o.unit_id = any(?)) and o.type = any(?) order by o.type, o.name_folded limit 2000")
			.params(scope.global(), scope.unitIdArray(), types.stream().map(Enum::name).toArray(String[]::new))
			.query(StructureQueries::orgRow)
			.list();
	}

	static UnitView unitRow(ResultSet rs, int n) throws SQLException {
		return new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				AdminLevel.valueOf(rs.getString("level")), (Long) rs.getObject("parent_id"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
	}

	static OrganisationView orgRow(ResultSet rs, int n) throws SQLException {
		return new OrganisationView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrganisationType.valueOf(rs.getString("type")), rs.getLong("unit_id"), rs.getString("unit_code"),
				rs.getString("unit_name"), (Long) rs.getObject("parent_id"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
	}

}
