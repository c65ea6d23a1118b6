package vn.giamsat.cultivation;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Benchmark, not part of the suite (no {@code Test} suffix, and gated): imports 100,000
 * commitment rows (12,500 plans of 8 commitments) as the Propaganda officer through the
 * real import API and the real PostgreSQL, first creating the plans, then re-importing
 * the same file (every plan replaced), from XLSX and from CSV. Run alone, with the JIT
 * unrestricted:
 *
 * <pre>
 * GIAMSAT_TEST_SMTP_PORT=3105 ./mvnw -o -B test -Dtest=CultivationImportBenchmark \
 *   -Dbench.cultivation=true -DargLine="-Duser.timezone=Asia/Ho_Chi_Minh -Xmx2g"
 * </pre>
 *
 * Results are printed and written to {@code target/bench-cultivation-import.txt}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench.cultivation", matches = "true")
class CultivationImportBenchmark {

	static final int PEOPLE = Integer.getInteger("bench.people", 12_500);

	static final int PER_PLAN = 8;

	static final String[] AREAS = { "CHINH_TRI", "DAO_DUC_LOI_SONG", "CONG_TAC", "NOI_CU_TRU" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final List<String> results = new ArrayList<>();

	@Test
	void importsOneHundredThousandCommitmentRows() throws Exception {
		jdbc.sql(
				"""
						insert into person (code, full_name, name_folded, sort_key, gender, party_member, workplace_id,
						  managing_committee_id, category)
						select 'BENCH-CI-' || lpad(g::text, 5, '0'), 'Cán bộ thử ' || g, 'can bo thu ' || g,
						  'can bo thu ' || lpad(g::text, 5, '0'), 'MALE', true,
						  (select id from organisation where code = 'LB-PNV'), (select id from organisation where code = 'LB-QU'),
						  'CADRE_PARTY_MEMBER'
						from generate_series(1, ?) g on conflict (code) do nothing""")
			.param(PEOPLE)
			.update();
		String criterion = jdbc.sql("select code from criterion where not retired order by code limit 1")
			.query(String.class)
			.single();
		Path dir = Files.createDirectories(Path.of("target", "bench-cultivation"));

		Path xlsx = dir.resolve("plans-2049.xlsx");
		long t0 = System.nanoTime();
		writeXlsx(xlsx, 2049, criterion);
		note("generate XLSX (100,000 rows)", t0, Files.size(xlsx));
		run("XLSX first import (12,500 plans created)", xlsx, "plans.xlsx", 2049, true);
		run("XLSX re-import of the same file (12,500 plans replaced)", xlsx, "plans.xlsx", 2049, false);

		Path csv = dir.resolve("plans-2048.csv");
		t0 = System.nanoTime();
		writeCsv(csv, 2048, criterion);
		note("generate CSV (100,000 rows)", t0, Files.size(csv));
		run("CSV first import (12,500 plans created)", csv, "plans.csv", 2048, true);
		run("CSV re-import of the same file (12,500 plans replaced)", csv, "plans.csv", 2048, false);

		Files.write(Path.of("target", "bench-cultivation-import.txt"), results);
		results.forEach(System.out::println);
	}

	void run(String label, Path file, String name, int year, boolean create) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		long t0 = System.nanoTime();
		mvc.perform(multipart("/api/v1/imports/cultivation-plans")
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(As.api(Personas.PROPAGANDA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(create ? "$.created" : "$.updated").value(PEOPLE));
		note(label, t0, bytes.length);
		assertThat(jdbc.sql("""
				select count(*) from cultivation_commitment k join cultivation_plan c on c.id = k.plan_id
				where c.year = ? and c.status = 'SUBMITTED'""").param(year).query(Long.class).single())
			.isEqualTo((long) PEOPLE * PER_PLAN);
	}

	void note(String label, long startNanos, long bytes) {
		long ms = (System.nanoTime() - startNanos) / 1_000_000;
		results.add(String.format("%-58s %8d ms  (%,d bytes)", label, ms, bytes));
		System.out.println(results.get(results.size() - 1));
	}

	static List<String[]> rows(int year, String criterion) {
		DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		List<String[]> rows = new ArrayList<>(PEOPLE * PER_PLAN);
		for (int p = 1; p <= PEOPLE; p++) {
			String code = String.format("BENCH-CI-%05d", p);
			for (int k = 0; k < PER_PLAN; k++) {
				LocalDate deadline = LocalDate.of(year, 3 * (k % 4) + 3, 28);
				rows.add(new String[] { code, String.valueOf(year),
						k == 0 ? "Còn chậm giải quyết hồ sơ, ngại góp ý trong sinh hoạt (" + p + ")" : "", AREAS[k % 4],
						"Hoàn thành " + (k + 2) + " việc cụ thể số " + (p % 97) + " trong quý " + (k % 4 + 1),
						(k + 2) + " biên bản có xác nhận", deadline.format(vn), k % 2 == 0 ? criterion : "" });
			}
		}
		return rows;
	}

	static void writeXlsx(Path file, int year, String criterion) throws Exception {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Dữ liệu");
			int r = 0;
			Row header = sheet.createRow(r++);
			for (int c = 0; c < CultivationPlanImportTest.HEADER.length; c++) {
				header.createCell(c).setCellValue(CultivationPlanImportTest.HEADER[c]);
			}
			for (String[] values : rows(year, criterion)) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.length; c++) {
					if (!values[c].isEmpty()) {
						row.createCell(c).setCellValue(values[c]);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	static void writeCsv(Path file, int year, String criterion) throws Exception {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", CultivationPlanImportTest.HEADER) + "\n");
			for (String[] values : rows(year, criterion)) {
				out.write("\"" + String.join("\",\"", values) + "\"\n");
			}
		}
	}

}
