package vn.giamsat.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.GiamsatApplication;
import vn.giamsat.platform.imports.ImportService;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.stats.internal.StatsArea;
import vn.giamsat.stats.internal.StatsCounter;

/**
 * Hà Nội scale for the statistics (docs/benchmarks/stats.md): generates in SQL
 * ({@code generate_series}) 30 old districts of 20 wards, 126 new wards with lineage, about
 * 19,500 residential groups, 440,000 people, 5,000,000 supervision records and 800,000
 * opinions over five years (2021-07-01 … 2026-06-30); times the statistics for units of every
 * level and periods of 6 months to 5 years; then imports 100,000 supervision records through
 * the contract import.
 *
 * <p>
 * Run: {@code ./mvnw -o -Pbench -q compile exec:java -Dexec.mainClass=vn.giamsat.bench.StatsBenchmark}
 * (optional args: records, opinions, people). Uses its own embedded database under
 * {@code .bench/stats-data}, created once and reused.
 */
public final class StatsBenchmark {

	static final AccessScope SYSTEM = new AccessScope("bench", Role.SYSTEM_ADMIN, true, Set.of(), null, null, null);

	public static void main(String[] args) throws Exception {
		int records = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
		int opinions = args.length > 1 ? Integer.parseInt(args[1]) : 800_000;
		int people = args.length > 2 ? Integer.parseInt(args[2]) : 440_000;
		ConfigurableApplicationContext ctx = new SpringApplication(GiamsatApplication.class).run("--server.port=0",
				"--giamsat.data-dir=.bench/stats-data", "--giamsat.demo=true", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN");
		try {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			System.out.printf("cores %d, max heap %d MB, load %.2f%n", Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() >> 20,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			long t0 = System.nanoTime();
			boolean generated = HanoiScale.generate(jdbc, records, opinions, people);
			System.out.printf("data %s in %d s: %d records, %d opinions, %d opinion_person, %d people%n",
					generated ? "generated" : "reused", (System.nanoTime() - t0) / 1_000_000_000,
					count(jdbc, "supervision_record"), count(jdbc, "opinion"), count(jdbc, "opinion_person"),
					count(jdbc, "person"));
			queries(ctx);
			importRecords(ctx, jdbc);
		}
		finally {
			ctx.close();
		}
	}

	static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static void queries(ConfigurableApplicationContext ctx) {
		StatsArea areas = ctx.getBean(StatsArea.class);
		StatsCounter counter = ctx.getBean(StatsCounter.class);
		String[] units = { "HN", "HB-Q01", "HB-Q07", "HB-Q01-P01", "HB-X001", "HB-X063", "HB-X001-T01" };
		String[][] periods = { { "2026-01-01", "2026-06-30" }, { "2025-01-01", "2025-12-31" },
				{ "2023-07-01", "2026-06-30" }, { "2021-07-01", "2026-06-30" }, { "2024-10-01", "2025-09-30" } };
		// warm-up: plans and caches, as a running server has them
		for (String u : units) {
			for (String[] p : periods) {
				counter.report(areas.resolve(u, SYSTEM), LocalDate.parse(p[0]), LocalDate.parse(p[1]));
			}
		}
		List<Long> all = new ArrayList<>();
		System.out.println();
		System.out.println("| unit | period | records | opinions | median ms | max ms |");
		System.out.println("|---|---|---|---|---|---|");
		for (String u : units) {
			for (String[] p : periods) {
				List<Long> times = new ArrayList<>();
				var report = counter.report(areas.resolve(u, SYSTEM), LocalDate.parse(p[0]), LocalDate.parse(p[1]));
				for (int i = 0; i < 3; i++) {
					long t = System.nanoTime();
					counter.report(areas.resolve(u, SYSTEM), LocalDate.parse(p[0]), LocalDate.parse(p[1]));
					times.add((System.nanoTime() - t) / 1_000_000);
				}
				all.addAll(times);
				times.sort(null);
				System.out.printf("| %s | %s … %s | %d | %d | %d | %d |%n", u, p[0], p[1], report.records(),
						report.opinions(), times.get(1), times.get(2));
			}
		}
		all.sort(null);
		System.out.printf("%nstatistics: %d calls, p50 %d ms, p95 %d ms, max %d ms%n", all.size(),
				all.get(all.size() / 2), all.get((int) Math.ceil(all.size() * 0.95) - 1), all.get(all.size() - 1));
	}

	static void importRecords(ConfigurableApplicationContext ctx, JdbcClient jdbc) {
		StringBuilder csv = new StringBuilder(
				"ma,ngay,ma_don_vi_dau_moi,ma_nguoi_duoc_giam_sat,hinh_thuc,tieu_chi,ket_qua,ghi_chu\n");
		String run = Long.toString(System.currentTimeMillis(), 36);
		for (int i = 0; i < 100_000; i++) {
			csv.append("BI-").append(run).append('-').append(i).append(',')
				.append(LocalDate.of(2024, 1, 1).plusDays(i % 500))
				.append(",HB-Q").append(String.format("%02d", i % 30 + 1)).append("-MTTQ,HB-P-").append(i % 400_000 + 1)
				.append(",THEO_DOI_HANG_NGAY,").append(i % 3 == 0 ? "QD522-01" : "").append(",TOT,\n");
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		ImportService imports = ctx.getBean(ImportService.class);
		long t = System.nanoTime();
		var outcome = imports.importFile("supervision-records", new ByteArrayInputStream(bytes), "bench.csv", SYSTEM);
		System.out.printf("%nimport supervision-records: 100,000 rows (%d KB) in %d ms, created %d%n",
				bytes.length / 1024, (System.nanoTime() - t) / 1_000_000, outcome.created());
	}

}
