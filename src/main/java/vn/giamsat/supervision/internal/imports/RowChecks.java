package vn.giamsat.supervision.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.platform.imports.DateFields;
import vn.giamsat.platform.imports.Fields;
import vn.giamsat.platform.imports.ImportErrors;
import vn.giamsat.platform.imports.ImportRow;
import vn.giamsat.platform.imports.UniqueKeys;
import vn.giamsat.platform.security.AccessScope;

/**
 * The checks both supervision imports share: the code, a date not in the future, a
 * supervising organisation that exists and lies in the importer's scope, and person codes
 * that exist. Person codes are collected in pass 1 and looked up once at its end, so that
 * each unknown code is reported on the rows that use it.
 */
final class RowChecks {

	/** Rows reported per unknown person code: enough to find them, bounded in memory. */
	private static final int ROWS_PER_CODE = 50;

	static final String CODE_PATTERN = "[\\p{L}\\p{N}._/-]+";

	final AccessScope scope;

	final ImportReferences refs;

	final LocalDate today;

	private final String personColumn;

	private final UniqueKeys codes = new UniqueKeys();

	private final Map<String, List<Integer>> personRows = new HashMap<>();

	/** Import key → row, to refuse overwriting rows that belong outside the scope. */
	private final Map<String, Integer> keyRows = new LinkedHashMap<>();

	RowChecks(AccessScope scope, ImportReferences refs, LocalDate today, String personColumn) {
		this.scope = scope;
		this.refs = refs;
		this.today = today;
		this.personColumn = personColumn;
	}

	/** `ma`: required, without '#', which separates the person part of record codes. */
	String code(ImportRow row, ImportErrors errors) {
		String code = Fields.required(row, "ma", errors);
		if (code != null && (code.length() > 40 || !code.matches(CODE_PATTERN))) {
			errors.add(row.row(), "ma", "stats.import.error.code", code);
			return null;
		}
		return code;
	}

	LocalDate date(ImportRow row, ImportErrors errors) {
		Fields.required(row, "ngay", errors);
		LocalDate date = DateFields.date(row, "ngay", errors);
		if (date != null && date.isAfter(today)) {
			errors.add(row.row(), "ngay", "stats.import.error.future", row.get("ngay"));
			return null;
		}
		return date;
	}

	ImportReferences.Org organisation(ImportRow row, ImportErrors errors) {
		String code = Fields.required(row, "ma_don_vi_dau_moi", errors);
		if (code == null) {
			return null;
		}
		ImportReferences.Org org = refs.org(code);
		if (org == null) {
			errors.add(row.row(), "ma_don_vi_dau_moi", "stats.import.error.organisation", code);
		}
		else if (!scope.coversUnit(org.unitId())) {
			errors.add(row.row(), "ma_don_vi_dau_moi", "imports.error.outOfScope");
			return null;
		}
		return org;
	}

	List<String> people(ImportRow row, ImportErrors errors) {
		Fields.required(row, personColumn, errors);
		return Fields.splitList(row.get(personColumn));
	}

	/** Pass 1: duplicate codes and the person codes to look up. */
	void remember(ImportRow row, String code, List<String> personCodes, ImportErrors errors) {
		if (code != null && codes.add(row, "ma", errors)) {
			keyRows.put(code, row.row());
		}
		for (String p : personCodes) {
			List<Integer> rows = personRows.computeIfAbsent(p, k -> new ArrayList<>(1));
			if (rows.size() < ROWS_PER_CODE) {
				rows.add(row.row());
			}
		}
	}

	/** End of pass 1: unknown people, and existing rows owned outside the scope. */
	void afterValidation(JdbcClient jdbc, String keySql, ImportErrors errors) {
		Set<String> unknown = refs.resolvePeople(personRows.keySet());
		personRows.forEach((code, rows) -> {
			if (unknown.contains(code)) {
				rows.forEach(r -> errors.add(r, personColumn, "stats.import.error.person", code));
			}
		});
		if (scope.global() || keyRows.isEmpty()) {
			return;
		}
		List<String> keys = new ArrayList<>(keyRows.keySet());
		for (int i = 0; i < keys.size(); i += 5000) {
			String[] chunk = keys.subList(i, Math.min(keys.size(), i + 5000)).toArray(String[]::new);
			jdbc.sql(keySql).param(chunk).query(rs -> {
				ImportReferences.Org owner = refs.orgById(rs.getLong(2));
				if (owner == null || !scope.coversUnit(owner.unitId())) {
					errors.add(keyRows.get(rs.getString(1)), "ma", "imports.error.outOfScope");
				}
			});
		}
	}

}
