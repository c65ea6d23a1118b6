package vn.giamsat.orgs.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.shared.text.VietnameseText;

/** Searching units and organisations inside the caller's scope, ignoring diacritics. */
@Component
public class StructureSearch {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	StructureSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Page<T>(List<T> items, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	public Page<UnitView> units(AccessScope scope, String q, AdminLevel level, int page, int size) {
		String where = """
				where (? or u.id = any(?)) and (?::text is null or u.name_folded like ? or lower(u.code) like ?)
				  and (?::text is null or u.level = ?)""";
		String like = q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
		String lvl = level == null ? null : level.name();
		Object[] params = { scope.global(), scope.unitIdArray(), like, like, like, lvl, lvl };
		long total = jdbc.sql("select count(*) from admin_unit u " + where).params(params).query(Long.class).single();
		List<UnitView> items = jdbc
			.sql("select " + StructureQueries.UNIT_COLUMNS + " from admin_unit u " + where
					+ " order by u.level, u.name_folded, u.code limit ? offset ?")
			.params(params)
			.param(size)
			.param((long) page * size)
			.query(StructureQueries::unitRow)
			.list();
		return new Page<>(items, total, page, size);
	}

	public Page<OrganisationView> organisations(AccessScope scope, String q, OrganisationType type, Long unitId,
			int page, int size) {
		String where = """
				where (? or o.unit_id = any(?)) and (?::text is null or o.name_folded like ? or lower(o.code) like ?)
				  and (?::text is null or o.type = ?) and (?::bigint is null or o.unit_id = ?)""";
		String like = q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
		String t = type == null ? null : type.name();
		Object[] params = { scope.global(), scope.unitIdArray(), like, like, like, t, t, unitId, unitId };
		long total = jdbc.sql("select count(*) from organisation o " + where).params(params).query(Long.class).single();
		List<OrganisationView> items = jdbc
			.sql("select " + StructureQueries.ORG_COLUMNS
					+ " from organisation o join admin_unit u on u.id = o.unit_id " + where
					+ " order by o.type, o.name_folded, o.code limit ? offset ?")
			.params(params)
			.param(size)
			.param((long) page * size)
			.query(StructureQueries::orgRow)
			.list();
		return new Page<>(items, total, page, size);
	}

}
