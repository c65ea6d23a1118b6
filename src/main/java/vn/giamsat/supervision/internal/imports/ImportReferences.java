package vn.giamsat.supervision.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What rows refer to: organisations and criteria (thousands, loaded once), and people
 * (hundreds of thousands at city scale, so only the codes a file names are looked up, in
 * chunks, at the end of pass 1).
 */
final class ImportReferences {

	record Org(long id, long unitId) {
	}

	private final JdbcClient jdbc;

	private final Map<String, Org> orgs = new HashMap<>();

	private final Map<Long, Org> orgsById = new HashMap<>();

	private final Set<String> criteria = new HashSet<>();

	/** Person code → id, filled by {@link #resolvePeople}. */
	private final Map<String, Long> people = new HashMap<>();

	ImportReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
		jdbc.sql("select code, id, unit_id from organisation").query(rs -> {
			Org org = new Org(rs.getLong(2), rs.getLong(3));
			orgs.put(rs.getString(1), org);
			orgsById.put(org.id(), org);
		});
		criteria.addAll(jdbc.sql("select code from criterion where not retired").query(String.class).list());
	}

	Org org(String code) {
		return code == null ? null : orgs.get(code);
	}

	Org orgById(long id) {
		return orgsById.get(id);
	}

	boolean criterionExists(String code) {
		return criteria.contains(code);
	}

	/** Looks the codes up; returns the ones that do not exist. */
	Set<String> resolvePeople(Set<String> codes) {
		List<String> all = new ArrayList<>(codes);
		for (int i = 0; i < all.size(); i += 5000) {
			String[] chunk = all.subList(i, Math.min(all.size(), i + 5000)).toArray(String[]::new);
			jdbc.sql("select code, id from person where code = any(?)").param(chunk).query(rs -> {
				people.put(rs.getString(1), rs.getLong(2));
			});
		}
		Set<String> unknown = new HashSet<>(codes);
		unknown.removeAll(people.keySet());
		return unknown;
	}

	Long person(String code) {
		return people.get(code);
	}

}
