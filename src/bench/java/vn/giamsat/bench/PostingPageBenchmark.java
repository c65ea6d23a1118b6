package vn.giamsat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giamsat.GiamsatApplication;

/**
 * The public posting page of one residential group under wrk: starts the product on the
 * embedded PostgreSQL with the demo data, publishes {@code PLANS} plans of eight
 * commitments for people of one residential group, warms up, then runs a bounded wrk
 * (2 threads, 8 connections) and prints p50/p90/p95/p99.
 *
 * <pre>
 * ./mvnw -o -q -Pbench compile exec:java -Dexec.mainClass=vn.giamsat.bench.PostingPageBenchmark
 * </pre>
 */
public final class PostingPageBenchmark {

	static final int PLANS = Integer.getInteger("plans", 20);

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("giamsat-bench-posting");
		int port = Integer.getInteger("port", 18181);
		ConfigurableApplicationContext app = SpringApplication.run(GiamsatApplication.class,
				"--giamsat.data-dir=" + data, "--server.port=" + port, "--giamsat.demo=true",
				"--logging.level.root=WARN");
		try {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			int year = LocalDate.now().getYear() + 1;
			String group = "HN-LB-DG-T01";
			long unit = jdbc.sql("select id from admin_unit where code = ?").param(group).query(Long.class).single();
			List<Long> people = jdbc.sql("select id from person order by id limit ?")
				.param(PLANS)
				.query(Long.class)
				.list();
			jdbc.sql("update person set residence_unit_id = ? where id = any(?)")
				.params(unit, people.toArray(Long[]::new))
				.update();
			for (long person : people) {
				long plan = jdbc.sql("""
						insert into cultivation_plan (person_id, year, status, weaknesses, entered_by, published_at)
						values (?, ?, 'POSTED', 'Còn ngại va chạm', 'bench', ?) returning id""")
					.params(person, year, OffsetDateTime.now())
					.query(Long.class)
					.single();
				for (int k = 1; k <= 8; k++) {
					jdbc.sql("""
							insert into cultivation_commitment (plan_id, position, area, action, measure, deadline)
							values (?, ?, 'WORK', ?, ?, ?)""")
						.params(plan, k, "Hoàn thành " + k + " chuyên đề công tác chuyên môn của phòng trong năm",
								k + " báo cáo chuyên đề gửi lãnh đạo", LocalDate.of(year, 6 + k % 6, 15))
						.update();
				}
			}
			String url = "http://127.0.0.1:" + port + "/portal/posting/units/" + group + "?year=" + year;
			System.out.println("warm-up " + url);
			run("wrk", "-t2", "-c8", "-d10s", url);
			java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
			long[] times = new long[200];
			for (int i = 0; i < times.length; i++) {
				long t = System.nanoTime();
				client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
						java.net.http.HttpResponse.BodyHandlers.ofByteArray());
				times[i] = System.nanoTime() - t;
			}
			java.util.Arrays.sort(times);
			System.out.printf("one request at a time (200): p50 %.1f ms, p95 %.1f ms%n", times[100] / 1e6,
					times[190] / 1e6);
			System.out.println("measured run: wrk -t1 -c1 -d20s");
			System.out.println(run("wrk", "-t1", "-c1", "-d20s", "-s", "src/bench/wrk/percentiles.lua", url));
			System.out.println("measured run: wrk -t2 -c8 -d30s with " + PLANS + " plans x 8 commitments");
			System.out.println(run("wrk", "-t2", "-c8", "-d30s", "--latency", "-s", "src/bench/wrk/percentiles.lua",
					url));
		}
		finally {
			app.close();
		}
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return out;
	}

}
