package vn.giamsat.supervision.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Codes of entries made on pages ("GS-2026-000123"): one sequence for all kinds, so a
 * code never repeats; a code an import already used is skipped.
 */
@Component
public class Codes {

	private final JdbcClient jdbc;

	Codes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param table one of this module's tables with a {@code code} column
	 */
	public String next(String prefix, int year, String table) {
		while (true) {
			long n = jdbc.sql("select nextval('supervision_code_seq')").query(Long.class).single();
			String code = "%s-%d-%06d".formatted(prefix, year, n);
			boolean taken = jdbc.sql("select exists (select 1 from " + table + " where code = ?)")
				.param(code)
				.query(Boolean.class)
				.single();
			if (!taken) {
				return code;
			}
		}
	}

}
