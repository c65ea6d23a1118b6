package vn.giamsat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Fills a running instance's embedded database with citizens' reports for the
 * benchmark: one INSERT … SELECT over generate_series, so a million rows take seconds.
 * Report {@code i} has the receipt code {@code i} padded to 16 digits and hashed exactly
 * as the application does (SHA-256 of pepper ‖ code), so the benchmark can look up known
 * codes. Reports are anonymous (nothing to seal) and spread over the Việt Hưng ward and
 * its groups.
 *
 * <pre>
 * ./mvnw -o -Pbench compile exec:java -Dexec.mainClass=vn.giamsat.bench.CitizenReportGenerator \
 *   -Dexec.args="&lt;data dir&gt; 1000000 demo-pepper-not-for-production"
 * </pre>
 */
public final class CitizenReportGenerator {

	private CitizenReportGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		int rows = Integer.parseInt(args[1]);
		String pepper = args[2];
		// the embedded server writes its port on the fourth line of postmaster.pid
		String port = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip();
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
				"postgres", "postgres")) {
			long t0 = System.nanoTime();
			try (PreparedStatement ps = c.prepareStatement("""
					insert into citizen_report (receipt_hash, classification, status, channel, unit_id, receiving_org_id,
					  subject_name, subject_position, content, anonymous, received_at, ack_due, screen_due, answer_due,
					  updated_at, created_by)
					select sha256(convert_to(? || lpad(g::text, 16, '0'), 'UTF8')), 'REPORT',
					  (array['RECEIVED','SCREENED','VERIFYING','ANSWERED','CLOSED','ARCHIVED'])[1 + g % 6], 'PORTAL',
					  u.ids[1 + g % array_length(u.ids, 1)], f.id, 'Cán bộ số ' || (g % 997), 'Tổ trưởng',
					  'Nội dung phản ánh thử số ' || g, true, now() - (g % 700) * interval '1 day',
					  current_date, current_date + 5, current_date + 30, now(), 'bench'
					from generate_series(1, ?) g,
					  (select array_agg(id) ids from admin_unit where code like 'HN-P-VH%') u,
					  (select id from organisation where code = 'P-VH-MTTQ') f""")) {
				ps.setString(1, pepper);
				ps.setInt(2, rows);
				ps.executeUpdate();
			}
			try (Statement s = c.createStatement()) {
				s.execute("analyze citizen_report");
			}
			System.out.printf("%d reports in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
		}
	}

}
