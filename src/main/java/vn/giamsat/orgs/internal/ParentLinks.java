package vn.giamsat.orgs.internal;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports write rows first and link parents last, so that a file may list a child before
 * its parent. One batched statement for units and organisations alike.
 */
final class ParentLinks {

	enum Table {

		ADMIN_UNIT("admin_unit"), ORGANISATION("organisation");

		final String sql;

		Table(String name) {
			this.sql = "update " + name + " c set parent_id = (select p.id from " + name
					+ " p where p.code = ?) where c.code = ?";
		}

	}

	private ParentLinks() {
	}

	/** Each pair is {child code, parent code or null}. */
	static void link(JdbcTemplate template, Table table, List<String[]> childAndParent) {
		template.batchUpdate(table.sql, childAndParent.stream().map(p -> new Object[] { p[1], p[0] }).toList());
	}

}
