package vn.giamsat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a realistic {@code people} import file (the contract's columns) of any size with POI's
 * streaming writer, so 100,000 rows cost a window of 100 rows in memory. Everything comes from one
 * seed: the same arguments give the same rows, byte for byte apart from the zip timestamps.
 *
 * <pre>
 * ./mvnw -B -Pbench compile exec:java -Dexec.mainClass=vn.giamsat.bench.PeopleXlsxGenerator \
 *     -Dexec.args="target/bench/people-100k.xlsx 100000 42"
 * </pre>
 *
 * Arguments: output file, row count (default 100000), seed (default 42), then options
 * {@code --groups-dg=N} and {@code --groups-bd=N} (residential groups T01..TN used in the old wards
 * Đức Giang and Bồ Đề, default 16 each: the demo guarantees at least that many, see
 * docs/BENCHMARKS.md) and {@code --shared-strings} (write a shared-strings table as Excel does,
 * instead of SXSSF's inline strings).
 *
 * <p>References all exist in the demo data: workplaces are five district agencies, residences
 * residential groups of the two old wards, the managing committee is the district party committee
 * for agency staff and the ward's party committee for residents.
 */
public final class PeopleXlsxGenerator {

	static final String[] HEADER = { "ma", "ho_ten", "gioi_tinh", "nam_sinh", "dang_vien", "chuc_vu",
			"ma_noi_cong_tac", "ma_noi_cu_tru", "ma_cap_uy_quan_ly", "nhom" };

	/** Family names with their approximate share of the population (per mille), most frequent first. */
	static final Object[][] FAMILY = { { "Nguyễn", 380 }, { "Trần", 110 }, { "Lê", 95 }, { "Phạm", 70 },
			{ "Hoàng", 40 }, { "Huỳnh", 11 }, { "Phan", 45 }, { "Vũ", 30 }, { "Võ", 9 }, { "Đặng", 21 },
			{ "Bùi", 20 }, { "Đỗ", 14 }, { "Hồ", 13 }, { "Ngô", 13 }, { "Dương", 10 }, { "Lý", 5 },
			{ "Đinh", 6 }, { "Đào", 6 }, { "Trịnh", 5 }, { "Mai", 4 }, { "Trương", 5 }, { "Lương", 3 },
			{ "Tạ", 3 }, { "Cao", 3 }, { "Lưu", 3 }, { "Chu", 2 }, { "Kiều", 2 }, { "Khúc", 1 }, { "Quách", 1 },
			{ "Tô", 2 }, { "Vương", 2 }, { "Thái", 2 }, { "Hà", 3 }, { "Nghiêm", 1 }, { "Triệu", 1 } };

	static final String[] MALE_MIDDLE = { "Văn", "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công",
			"Xuân", "Ngọc", "Thanh", "Trọng", "Mạnh", "Tiến", "Đình", "Duy", "Anh", "Hồng", "Quốc", "Thế",
			"Việt" };

	static final String[] FEMALE_MIDDLE = { "Thị", "Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh",
			"Minh", "Kim", "Phương", "Thùy", "Hồng", "Bích", "Thúy", "Lan", "Diệu", "Mai", "Hải", "Khánh" };

	static final String[] MALE_GIVEN = { "Anh", "Bình", "Cường", "Dũng", "Dương", "Đạt", "Đức", "Giang", "Hải",
			"Hiếu", "Hòa", "Hoàng", "Hùng", "Huy", "Hưng", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lộc",
			"Minh", "Nam", "Nghĩa", "Ngọc", "Nhân", "Phong", "Phúc", "Quang", "Quân", "Sơn", "Tài", "Tâm",
			"Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hậu", "Hiệp",
			"Lợi", "Tiến", "Thanh", "Chiến", "Trường" };

	static final String[] FEMALE_GIVEN = { "Anh", "Ánh", "Bích", "Châu", "Chi", "Dung", "Duyên", "Giang",
			"Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Huyền", "Lan", "Liên", "Linh",
			"Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh",
			"Tâm", "Thảo", "Thơ", "Thu", "Thủy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Yến", "Hòa",
			"Lý", "Nhàn", "Hậu", "Thoa", "Xuân", "Thanh", "Diệp" };

	static final String[] WORKPLACES = { "LB-PNV", "LB-PTCKH", "LB-UBND", "LB-QU", "LB-BTG" };

	static final String[] AGENCY_TITLES = { "Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên chính",
			"Cán sự", "Phó Trưởng phòng", "Trưởng phòng", "Phó Chánh Văn phòng", "Kế toán viên" };

	private final SplittableRandom random;

	private final int[] familyCumulative;

	private final int familyTotal;

	private final List<String> dgGroups;

	private final List<String> bdGroups;

	PeopleXlsxGenerator(long seed, int groupsDg, int groupsBd) {
		this.random = new SplittableRandom(seed);
		this.familyCumulative = new int[FAMILY.length];
		int sum = 0;
		for (int i = 0; i < FAMILY.length; i++) {
			sum += (Integer) FAMILY[i][1];
			familyCumulative[i] = sum;
		}
		this.familyTotal = sum;
		this.dgGroups = groups("HN-LB-DG", groupsDg);
		this.bdGroups = groups("HN-LB-BD", groupsBd);
	}

	static List<String> groups(String ward, int n) {
		List<String> list = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			list.add(ward + "-T" + (i < 10 ? "0" : "") + i);
		}
		return list;
	}

	public static void main(String[] args) throws IOException {
		List<String> positional = new ArrayList<>();
		int groupsDg = 16;
		int groupsBd = 16;
		boolean sharedStrings = false;
		for (String a : args) {
			if (a.startsWith("--groups-dg=")) {
				groupsDg = Integer.parseInt(a.substring(12));
			}
			else if (a.startsWith("--groups-bd=")) {
				groupsBd = Integer.parseInt(a.substring(12));
			}
			else if (a.equals("--shared-strings")) {
				sharedStrings = true;
			}
			else {
				positional.add(a);
			}
		}
		if (positional.isEmpty()) {
			System.err.println("usage: PeopleXlsxGenerator <out.xlsx> [rows=100000] [seed=42] "
					+ "[--groups-dg=16] [--groups-bd=16] [--shared-strings]");
			System.exit(2);
		}
		Path out = Path.of(positional.get(0));
		int rows = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 100_000;
		long seed = positional.size() > 2 ? Long.parseLong(positional.get(2)) : 42L;
		long start = System.nanoTime();
		new PeopleXlsxGenerator(seed, groupsDg, groupsBd).write(out, rows, sharedStrings);
		System.out.printf("wrote %,d people to %s (%,d bytes) in %d ms%n", rows, out.toAbsolutePath(),
				Files.size(out), (System.nanoTime() - start) / 1_000_000);
	}

	void write(Path out, int rows, boolean sharedStrings) throws IOException {
		if (out.toAbsolutePath().getParent() != null) {
			Files.createDirectories(out.toAbsolutePath().getParent());
		}
		SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, sharedStrings);
		try (OutputStream os = Files.newOutputStream(out)) {
			Sheet sheet = wb.createSheet("people");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADER.length; c++) {
				header.createCell(c).setCellValue(HEADER[c]);
			}
			for (int i = 1; i <= rows; i++) {
				String[] p = person(i);
				Row row = sheet.createRow(i);
				for (int c = 0; c < p.length; c++) {
					if (p[c] == null) {
						continue;
					}
					if (c == 3) {
						row.createCell(c).setCellValue(Integer.parseInt(p[c]));
					}
					else {
						row.createCell(c).setCellValue(p[c]);
					}
				}
			}
			wb.write(os);
		}
		finally {
			wb.close(); // also deletes the temporary files
		}
	}

	/** One person: the contract's columns in order; null for an empty cell. */
	String[] person(int n) {
		boolean male = random.nextInt(100) < 55;
		String name = family() + " " + pick(male ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
				+ pick(male ? MALE_GIVEN : FEMALE_GIVEN);
		int birthYear = 1950 + random.nextInt(50);
		boolean dg = random.nextBoolean();
		String residence = pick(dg ? dgGroups : bdGroups);
		String wardCommittee = dg ? "LB-DG-DU" : "LB-BD-DU";
		String workplace = null;
		String committee;
		String title;
		String category;
		boolean party;
		int kind = random.nextInt(1000);
		if (kind < 350) {
			// works in a district agency (and lives in one of the groups)
			workplace = pick(WORKPLACES);
			committee = "LB-QU";
			int role = random.nextInt(100);
			if (role < 2) {
				category = "NGUOI_DUNG_DAU";
				title = workplace.equals("LB-QU") || workplace.equals("LB-BTG") ? "Trưởng ban" : "Trưởng phòng";
				party = true;
			}
			else if (role < 15) {
				category = "CAN_BO_CHU_CHOT";
				title = random.nextBoolean() ? "Phó Trưởng phòng" : "Trưởng phòng";
				party = true;
			}
			else {
				category = "CAN_BO_DANG_VIEN";
				title = pick(AGENCY_TITLES);
				party = random.nextInt(100) < 85;
			}
		}
		else {
			committee = wardCommittee;
			int role = random.nextInt(100);
			if (role < 4) {
				category = "BI_THU_CHI_BO";
				title = "Bí thư chi bộ";
				party = true;
			}
			else if (role < 8) {
				category = "TO_TRUONG_TDP";
				title = "Tổ trưởng tổ dân phố";
				party = random.nextInt(100) < 80;
			}
			else if (role < 12) {
				category = "TRUONG_BAN_CTMT";
				title = "Trưởng ban công tác Mặt trận";
				party = random.nextInt(100) < 70;
			}
			else {
				category = "DANG_VIEN_KHAC";
				title = random.nextInt(100) < 70 ? null : "Đảng viên";
				party = true;
			}
		}
		return new String[] { String.format("BENCH-%06d", n), name, male ? "NAM" : "NU", String.valueOf(birthYear),
				party ? "CO" : "KHONG", title, workplace, residence, committee, category };
	}

	private String family() {
		int r = random.nextInt(familyTotal);
		int i = Arrays.binarySearch(familyCumulative, r + 1);
		return (String) FAMILY[i >= 0 ? i : -i - 1][0];
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

	private String pick(List<String> values) {
		return values.get(random.nextInt(values.size()));
	}
}
