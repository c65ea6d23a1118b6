package vn.giamsat.cultivation.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;

/**
 * Whose plans the overview pages show: a party committee officer sees the people their
 * committee manages (diện quản lý); the Front, the Propaganda Department and leaders the
 * people working, living or managed in their organisation's subtree (the rule of the
 * people pages); the administrator everyone. Written as an SQL condition on
 * {@code person p} so that lists and counts stay one query.
 */
@Component
public class PeopleInScope {

	/** An SQL condition on {@code person p} with its parameters. */
	public record Condition(String sql, List<Object> params) {
	}

	private final OrgStructure structure;

	private final JdbcClient jdbc;

	PeopleInScope(OrgStructure structure, JdbcClient jdbc) {
		this.structure = structure;
		this.jdbc = jdbc;
	}

	public Condition condition(AccessScope scope) {
		List<Object> params = new ArrayList<>();
		if (scope.global()) {
			return new Condition("true", params);
		}
		if (scope.is(Role.PARTY_COMMITTEE_OFFICER)) {
			params.add(scope.organisationId() == null ? -1L : scope.organisationId());
			return new Condition("p.managing_committee_id = ?", params);
		}
		if (!scope.is(Role.FRONT_OFFICER, Role.PROPAGANDA_OFFICER, Role.LEADER)) {
			return new Condition("false", params);
		}
		Long[] organisations = structure.organisationIdsIn(scope.unitIds());
		params.add(organisations);
		params.add(scope.unitIdArray());
		params.add(organisations);
		return new Condition(
				"(p.workplace_id = any(?) or p.residence_unit_id = any(?) or p.managing_committee_id = any(?))",
				params);
	}

	public boolean covers(AccessScope scope, long personId) {
		Condition c = condition(scope);
		List<Object> params = new ArrayList<>(c.params());
		params.add(personId);
		return jdbc.sql("select count(*) from person p where " + c.sql() + " and p.id = ?")
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/** The managing committees of the people in scope, by name: the filter's options. */
	public List<Option> committees(AccessScope scope) {
		Condition c = condition(scope);
		return jdbc.sql(
				"select distinct m.id, m.name from person p join organisation m on m.id = p.managing_committee_id where "
						+ c.sql() + " order by m.name")
			.params(c.params())
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** An id and a name for a select box. */
	public record Option(long id, String name) {
	}

}
