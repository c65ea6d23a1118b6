package vn.giamsat.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.GiamsatApplication;
import vn.giamsat.platform.imports.ImportService;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.stats.StatsFilter;
import vn.giamsat.stats.StatsReport;
import vn.giamsat.stats.internal.ChartQueries;
import vn.giamsat.stats.internal.DrillDown;
import vn.giamsat.stats.internal.StatsArea;
import vn.giamsat.stats.internal.StatsCounter;

/**
 * Hà Nội scale for the statistics (docs/benchmarks/stats.md): generates in SQL
 * ({@code generate_series}) 30 old districts of 20 wards, 126 new wards with lineage, about
 * 19,500 residential groups, 440,000 people, 5,000,000 supervision records and 800,000
 * opinions over five years (2021-07-01 … 2026-06-30); then
 * <ol>
 * <li>loads the in-memory statistics index (ADR 0010) and reports how long it took;</li>
 * <li>times {@code GET /api/v1/stats/supervision} over HTTP (HTTP Basic, as other systems
 * call it) for units of every level × periods of 6 months to 5 years, with 1 and 2
 * clients;</li>
 * <li>checks that the index's answer equals the same report counted by SQL from the tables
 * for some of those units and periods;</li>
 * <li>imports 100,000 supervision records through the contract import and times the next
 * statistics call, which applies them.</li>
 * </ol>
 *
 * <p>
 * Run: {@code ./mvnw -o -Pbench -q compile exec:java -Dexec.mainClass=vn.giamsat.bench.StatsBenchmark}
 * (optional args: records, opinions, people). Uses its own embedded database under
 * {@code .bench/stats-data} (or {@code -Dbench.data=DIR}), created once and reused.
 */
public final class StatsBenchmark {

	static final AccessScope SYSTEM = new AccessScope("bench", Role.SYSTEM_ADMIN, true, Set.of(), null, null, null);

	static final String[] UNITS = { "HN", "HB-Q01", "HB-Q07", "HB-Q01-P01", "HB-X001", "HB-X063", "HB-X001-T01" };

	static final String[][] PERIODS = { { "2026-01-01", "2026-06-30" }, { "2025-01-01", "2025-12-31" },
			{ "2023-07-01", "2026-06-30" }, { "2021-07-01", "2026-06-30" }, { "2024-10-01", "2025-09-30" } };

	public static void main(String[] args) throws Exception {
		int records = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
		int opinions = args.length > 1 ? Integer.parseInt(args[1]) : 800_000;
		int people = args.length > 2 ? Integer.parseInt(args[2]) : 440_000;
		String dataDir = System.getProperty("bench.data", ".bench/stats-data");
		ConfigurableApplicationContext ctx = new SpringApplication(GiamsatApplication.class).run("--server.port=0",
				"--giamsat.data-dir=" + dataDir, "--giamsat.demo=true", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.level.vn.giamsat.stats=INFO");
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
			StatsCounter counter = ctx.getBean(StatsCounter.class);
			StatsArea areas = ctx.getBean(StatsArea.class);
			long t1 = System.nanoTime();
			counter.report(areas.resolve("HB-X001-T01", SYSTEM), LocalDate.parse("2026-01-01"),
					LocalDate.parse("2026-06-30"));
			System.out.printf("first call (waits for the index to load, if the warm-up has not finished): %d ms, "
					+ "used heap after GC %d MB%n", (System.nanoTime() - t1) / 1_000_000, usedHeapMb());
			String base = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
			http(base, 1, 3);
			http(base, 2, 3);
			exactness(counter, areas);
			pageQueries(ctx, areas);
			importRecords(ctx, counter, areas);
			http(base, 1, 1);
		}
		finally {
			ctx.close();
		}
	}

	static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static long usedHeapMb() {
		System.gc();
		Runtime r = Runtime.getRuntime();
		return (r.totalMemory() - r.freeMemory()) >> 20;
	}

	/**
	 * Every unit × period {@code rounds} times per client, in a shuffled order, after one
	 * untimed pass; per-call latency of the whole HTTP exchange (authentication included).
	 */
	static void http(String base, int clients, int rounds) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String auth = "Basic " + Base64.getEncoder()
			.encodeToString("lanhdao.hanoi:Demo@2026giamsat".getBytes(StandardCharsets.UTF_8));
		List<URI> uris = new ArrayList<>();
		for (String u : UNITS) {
			for (String[] p : PERIODS) {
				uris.add(URI.create(base + "/api/v1/stats/supervision?unit=" + u + "&from=" + p[0] + "&to=" + p[1]));
			}
		}
		for (URI uri : uris) {
			call(client, uri, auth);
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<List<long[]>>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				List<long[]> times = new ArrayList<>();
				for (int r = 0; r < rounds; r++) {
					List<Integer> order = new ArrayList<>();
					for (int i = 0; i < uris.size(); i++) {
						order.add(i);
					}
					Collections.shuffle(order);
					for (int i : order) {
						long t = System.nanoTime();
						call(client, uris.get(i), auth);
						times.add(new long[] { i, (System.nanoTime() - t) / 1_000 });
					}
				}
				return times;
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<List<long[]>> f : futures) {
			all.addAll(f.get());
		}
		pool.shutdown();
		System.out.printf("%nHTTP GET /api/v1/stats/supervision, %d client(s), %d calls%n", clients, all.size());
		System.out.println("| unit | p50 ms | max ms |");
		System.out.println("|---|---|---|");
		for (int u = 0; u < UNITS.length; u++) {
			int unit = u;
			List<Long> times = all.stream()
				.filter(t -> t[0] / PERIODS.length == unit)
				.map(t -> t[1])
				.sorted()
				.toList();
			System.out.printf("| %s | %.1f | %.1f |%n", UNITS[u], times.get(times.size() / 2) / 1000.0,
					times.get(times.size() - 1) / 1000.0);
		}
		List<Long> sorted = all.stream().map(t -> t[1]).sorted().toList();
		System.out.printf("all: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(sorted, 0.50),
				pct(sorted, 0.95), pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1000.0);
	}

	static double pct(List<Long> sorted, double p) {
		return sorted.get((int) Math.ceil(sorted.size() * p) - 1) / 1000.0;
	}

	static void call(HttpClient client, URI uri, String auth) throws Exception {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(uri).header("Authorization", auth).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " → " + response.statusCode() + " " + response.body());
		}
	}

	/**
	 * The index's report equals the report counted by SQL from the tables (slow at city
	 * scale: that is why the index exists), for the smaller units over every period and for
	 * an old district over one year.
	 */
	static void exactness(StatsCounter counter, StatsArea areas) {
		System.out.println();
		System.out.println("| unit | period | records | people supervised | opinions | people commented | "
				+ "index ms | tables ms | equal |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		List<String[]> checks = new ArrayList<>();
		for (String u : new String[] { "HB-Q01-P01", "HB-X001", "HB-X001-T01" }) {
			for (String[] p : PERIODS) {
				checks.add(new String[] { u, p[0], p[1] });
			}
		}
		checks.add(new String[] { "HB-Q07", "2024-10-01", "2025-09-30" });
		boolean allEqual = true;
		for (String[] c : checks) {
			StatsArea.Area area = areas.resolve(c[0], SYSTEM);
			LocalDate from = LocalDate.parse(c[1]);
			LocalDate to = LocalDate.parse(c[2]);
			long t = System.nanoTime();
			StatsReport fromIndex = counter.report(area, from, to);
			long indexMs = (System.nanoTime() - t) / 1_000_000;
			t = System.nanoTime();
			StatsReport fromTables = counter.reportFromTables(area, from, to);
			long tablesMs = (System.nanoTime() - t) / 1_000_000;
			boolean equal = fromIndex.equals(fromTables);
			allEqual &= equal;
			System.out.printf("| %s | %s … %s | %,d | %,d | %,d | %,d | %d | %d | %s |%n", c[0], c[1], c[2],
					fromIndex.records(), fromIndex.peopleSupervised(), fromIndex.opinions(),
					fromIndex.peopleCommented(), indexMs, tablesMs, equal ? "yes" : "NO");
		}
		System.out.println(allEqual ? "index equals tables on every check" : "INDEX DIFFERS FROM TABLES");
	}

	/**
	 * What the statistics page adds to the endpoint's counts (charts), and the first page of
	 * the lists every figure links to: not part of the endpoint's target, measured so a
	 * successor knows what a city-wide page costs.
	 */
	static void pageQueries(ConfigurableApplicationContext ctx, StatsArea areas) {
		ChartQueries charts = ctx.getBean(ChartQueries.class);
		DrillDown lists = ctx.getBean(DrillDown.class);
		System.out.println();
		System.out.println("| unit | period | records per month ms | findings by criterion ms | "
				+ "list of records ms | list of people ms | list of opinions ms |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (String u : new String[] { "HN", "HB-Q07", "HB-X001" }) {
			for (String[] p : new String[][] { PERIODS[0], PERIODS[3] }) {
				StatsArea.Area area = areas.resolve(u, SYSTEM);
				LocalDate from = LocalDate.parse(p[0]);
				LocalDate to = LocalDate.parse(p[1]);
				StatsFilter filter = new StatsFilter(from, to, u, null, null);
				long[] ms = new long[5];
				long t = System.nanoTime();
				charts.recordsPerMonth(area, from, to);
				ms[0] = (System.nanoTime() - t) / 1_000_000;
				t = System.nanoTime();
				charts.findingsByCriterion(area, from, to);
				ms[1] = (System.nanoTime() - t) / 1_000_000;
				DrillDown.Kind[] kinds = { DrillDown.Kind.RECORDS, DrillDown.Kind.PEOPLE, DrillDown.Kind.OPINIONS };
				for (int k = 0; k < kinds.length; k++) {
					t = System.nanoTime();
					lists.page(kinds[k], area, filter, 0, 50);
					ms[2 + k] = (System.nanoTime() - t) / 1_000_000;
				}
				System.out.printf("| %s | %s … %s | %d | %d | %d | %d | %d |%n", u, p[0], p[1], ms[0], ms[1], ms[2],
						ms[3], ms[4]);
			}
		}
	}

	static void importRecords(ConfigurableApplicationContext ctx, StatsCounter counter, StatsArea areas) {
		StringBuilder csv = new StringBuilder(
				"ma,ngay,ma_don_vi_dau_moi,ma_nguoi_duoc_giam_sat,hinh_thuc,tieu_chi,ket_qua,ghi_chu\n");
		String run = Long.toString(System.currentTimeMillis(), 36);
		for (int i = 0; i < 100_000; i++) {
			csv.append("BI-")
				.append(run)
				.append('-')
				.append(i)
				.append(',')
				.append(LocalDate.of(2024, 1, 1).plusDays(i % 500))
				.append(",HB-Q")
				.append(String.format("%02d", i % 30 + 1))
				.append("-MTTQ,HB-P-")
				.append(i % 400_000 + 1)
				.append(",THEO_DOI_HANG_NGAY,")
				.append(i % 3 == 0 ? "QD522-01" : "")
				.append(",TOT,Ghi chép số ")
				.append(i)
				.append('\n');
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		ImportService imports = ctx.getBean(ImportService.class);
		StatsArea.Area city = areas.resolve("HN", SYSTEM);
		LocalDate from = LocalDate.of(2024, 1, 1);
		LocalDate to = LocalDate.of(2025, 6, 30);
		long before = counter.report(city, from, to).records();
		long t = System.nanoTime();
		var outcome = imports.importFile("supervision-records", new ByteArrayInputStream(bytes), "bench.csv", SYSTEM);
		System.out.printf("%nimport supervision-records: 100,000 rows (%d KB CSV) in %d ms, created %d%n",
				bytes.length / 1024, (System.nanoTime() - t) / 1_000_000, outcome.created());
		t = System.nanoTime();
		long after = counter.report(city, from, to).records();
		System.out.printf("next city-wide statistics call (applies the 100,000 logged changes): %d ms; "
				+ "records 2024-01-01 … 2025-06-30: %,d → %,d (+%,d)%n", (System.nanoTime() - t) / 1_000_000, before,
				after, after - before);
	}

}
