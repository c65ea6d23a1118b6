package vn.giamsat.stats;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Long Biên article's three years (DOMAIN.md §3) rebuilt by import in a district of
 * its own, TKC, dated 2018–2020: 527 district-level records on 104 cadres (MTTQ 212,
 * Labour 61, Veterans 73, Women 119, Youth 62), 59 district opinions on 86 cadre
 * instances, 245 ward opinions on 472 people, 226 group opinions on 521 people, 6,570
 * records in all. The article's 1,054 opinions cannot also hold (ADR 0007): the three
 * levels add up to 530.
 */
final class ArticleDataset {

	static final String FROM = "2018-01-01";

	static final String TO = "2020-12-31";

	static final int WARDS = 14;

	static final int GROUPS_PER_WARD = 4;

	static final int DISTRICT_CADRES = 104;

	static final int WARD_PEOPLE = 300;

	static final int GROUP_PEOPLE = 400;

	static final int WARD_RECORDS = 3000;

	static final int GROUP_RECORDS = 6570 - 527 - WARD_RECORDS;

	static final String[][] DISTRICT_ORGS = { { "TKC-MTTQ", "MTTQ", "212" }, { "TKC-LDLD", "CONG_DOAN", "61" },
			{ "TKC-CCB", "CUU_CHIEN_BINH", "73" }, { "TKC-PN", "PHU_NU", "119" },
			{ "TKC-DTN", "DOAN_THANH_NIEN", "62" } };

	private ArticleDataset() {
	}

	static void load(StatsImports imports, JdbcClient jdbc) throws Exception {
		if (jdbc.sql("select count(*) from supervision_record where code like 'TKC-R-%'")
			.query(Long.class)
			.single() == 6570) {
			return; // already loaded by another test class of this JVM
		}
		imports.ok("units", units());
		imports.ok("organisations", organisations());
		imports.ok("people", people());
		imports.ok("supervision-records", records());
		imports.ok("opinions", opinions());
		plan(jdbc);
	}

	static String units() {
		StringBuilder csv = new StringBuilder(StatsImports.UNITS)
			.append("TKC,Quận Thống Kê,QUAN_HUYEN,HN,2003-01-01,2025-06-30\n");
		for (int w = 1; w <= WARDS; w++) {
			csv.append(ward(w)).append(",Phường Thống Kê ").append(w).append(",PHUONG_XA,TKC,2003-01-01,2025-06-30\n");
			for (int g = 1; g <= GROUPS_PER_WARD; g++) {
				csv.append(group(w, g))
					.append(",Tổ dân phố ")
					.append(g)
					.append(" phường ")
					.append(w)
					.append(",TO_DAN_PHO,")
					.append(ward(w))
					.append(",2003-01-01,2025-06-30\n");
			}
		}
		return csv.toString();
	}

	static String organisations() {
		StringBuilder csv = new StringBuilder(StatsImports.ORGS);
		for (String[] o : DISTRICT_ORGS) {
			csv.append(o[0]).append(",Tổ chức ").append(o[0]).append(',').append(o[1]).append(",TKC,\n");
		}
		csv.append("TKC-UBND,Ủy ban nhân dân quận Thống Kê,CO_QUAN,TKC,\n");
		for (int w = 1; w <= WARDS; w++) {
			csv.append(ward(w))
				.append("-MTTQ,Ủy ban MTTQ phường Thống Kê ")
				.append(w)
				.append(",MTTQ,")
				.append(ward(w))
				.append(",\n");
			for (int g = 1; g <= GROUPS_PER_WARD; g++) {
				csv.append(group(w, g))
					.append("-BCTMT,Ban công tác Mặt trận ")
					.append(group(w, g))
					.append(",BAN_CONG_TAC_MAT_TRAN,")
					.append(group(w, g))
					.append(",\n");
			}
		}
		return csv.toString();
	}

	static String people() {
		StringBuilder csv = new StringBuilder(StatsImports.PEOPLE);
		person(csv, "TKC-CB-", DISTRICT_CADRES, "TKC-UBND", "CAN_BO_CHU_CHOT");
		person(csv, "TKC-PW-", WARD_PEOPLE, "TKC-UBND", "CAN_BO_DANG_VIEN");
		person(csv, "TKC-PG-", GROUP_PEOPLE, "TKC-UBND", "BI_THU_CHI_BO");
		return csv.toString();
	}

	private static void person(StringBuilder csv, String prefix, int n, String workplace, String category) {
		for (int i = 1; i <= n; i++) {
			csv.append(prefix)
				.append(i)
				.append(",Trần Thị Thống Kê ")
				.append(i)
				.append(",NU,1980,CO,Cán bộ,")
				.append(workplace)
				.append(",,,")
				.append(category)
				.append('\n');
		}
	}

	static String records() {
		StringBuilder csv = new StringBuilder(StatsImports.RECORDS);
		int n = 0;
		int cadre = 0;
		for (String[] o : DISTRICT_ORGS) {
			for (int i = 0; i < Integer.parseInt(o[2]); i++) {
				record(csv, ++n, o[0], "TKC-CB-" + (cadre++ % DISTRICT_CADRES + 1));
			}
		}
		for (int i = 0; i < WARD_RECORDS; i++) {
			record(csv, ++n, ward(i % WARDS + 1) + "-MTTQ", "TKC-PW-" + (i % WARD_PEOPLE + 1));
		}
		for (int i = 0; i < GROUP_RECORDS; i++) {
			int w = i % WARDS + 1;
			int g = i / WARDS % GROUPS_PER_WARD + 1;
			record(csv, ++n, group(w, g) + "-BCTMT", "TKC-PG-" + (i % GROUP_PEOPLE + 1));
		}
		return csv.toString();
	}

	private static void record(StringBuilder csv, int n, String org, String person) {
		String[] findings = { "TOT", "TOT", "LUU_Y", "DANG_QUAN_NGAI" };
		String[] criteria = { "QD522-01", "QD522-02", "QD522-03", "" };
		csv.append("TKC-R-")
			.append(n)
			.append(',')
			.append(date(n))
			.append(',')
			.append(org)
			.append(',')
			.append(person)
			.append(",THEO_DOI_HANG_NGAY,")
			.append(criteria[n % 4])
			.append(',')
			.append(findings[n % 4])
			.append(",\n");
	}

	static String opinions() {
		StringBuilder csv = new StringBuilder(StatsImports.OPINIONS);
		int n = 0;
		// district: 27 opinions on 2 cadres + 32 on 1 = 59 opinions, 86 cadre instances
		for (int i = 0; i < 59; i++) {
			List<String> people = new ArrayList<>(List.of("TKC-CB-" + (2 * i % DISTRICT_CADRES + 1)));
			if (i < 27) {
				people.add("TKC-CB-" + ((2 * i + 1) % DISTRICT_CADRES + 1));
			}
			opinion(csv, ++n, DISTRICT_ORGS[i % 5][0], people);
		}
		// ward: 227 opinions on 2 people + 18 on 1 = 245 opinions, 472 people
		for (int i = 0; i < 245; i++) {
			List<String> people = new ArrayList<>(List.of("TKC-PW-" + (2 * i % WARD_PEOPLE + 1)));
			if (i < 227) {
				people.add("TKC-PW-" + ((2 * i + 1) % WARD_PEOPLE + 1));
			}
			opinion(csv, ++n, ward(i % WARDS + 1) + "-MTTQ", people);
		}
		// residential groups: 69 opinions on 3 people + 157 on 2 = 226 opinions, 521
		// people
		for (int i = 0; i < 226; i++) {
			List<String> people = new ArrayList<>();
			for (int k = 0; k < (i < 69 ? 3 : 2); k++) {
				people.add("TKC-PG-" + ((3 * i + k) % GROUP_PEOPLE + 1));
			}
			opinion(csv, ++n, group(i % WARDS + 1, i / WARDS % GROUPS_PER_WARD + 1) + "-BCTMT", people);
		}
		return csv.toString();
	}

	private static void opinion(StringBuilder csv, int n, String org, List<String> people) {
		csv.append("TKC-O-")
			.append(n)
			.append(',')
			.append(date(n))
			.append(',')
			.append(org)
			.append(',')
			.append(String.join(";", people))
			.append(",GOP_Y,QUY_TAC_UNG_XU,Ý kiến thử số ")
			.append(n)
			.append('\n');
	}

	/** The 2019 plan: the 104 district cadres assigned to the five organisations. */
	static void plan(JdbcClient jdbc) {
		long plan = jdbc
			.sql("""
					insert into supervision_plan (owner_id, year, title, status)
					select id, 2019, 'Kế hoạch giám sát năm 2019 (thống kê thử)', 'CLOSED' from organisation where code = 'TKC-MTTQ'
					returning id""")
			.query(Long.class)
			.single();
		for (String[] o : DISTRICT_ORGS) {
			jdbc.sql(
					"insert into plan_focal_unit (plan_id, organisation_id, capacity) select ?, id, 1 from organisation"
							+ " where code = ?")
				.params(plan, o[0])
				.update();
		}
		for (int i = 1; i <= DISTRICT_CADRES; i++) {
			long subject = jdbc
				.sql("insert into plan_subject (plan_id, person_id) select ?, id from person where code = ?"
						+ " returning id")
				.params(plan, "TKC-CB-" + i)
				.query(Long.class)
				.single();
			jdbc.sql(
					"insert into plan_assignment (subject_id, plan_id, focal_unit_id) select ?, ?, id from organisation"
							+ " where code = ?")
				.params(subject, plan, DISTRICT_ORGS[i % 5][0])
				.update();
		}
	}

	static String ward(int w) {
		return "TKC-W" + (w < 10 ? "0" : "") + w;
	}

	static String group(int w, int g) {
		return ward(w) + "-T0" + g;
	}

	/** Spread over the three years, never on the 29th–31st. */
	static String date(int n) {
		return String.format("%d-%02d-%02d", 2018 + n % 3, n % 12 + 1, n % 28 + 1);
	}

}
