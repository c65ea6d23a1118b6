package vn.giamsat.cultivation;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giamsat.platform.imports.ImportFiles;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Propaganda Department's bulk import of self-cultivation plans through the platform
 * import API: XLSX, CSV and Word tables become submitted plans with their commitments;
 * bad files are refused whole with every error; re-importing changes nothing; people
 * outside the importer's scope and plans already approved are refused. Plan years
 * 2041–2049 belong to this class.
 */
@IntegrationTest
class CultivationPlanImportTest {

	static final String URL = "/api/v1/imports/cultivation-plans";

	static final String[] HEADER = { "ma_nguoi", "nam", "diem_yeu", "linh_vuc", "hanh_dong", "thuoc_do", "thoi_han",
			"tieu_chi" };

	/** A date typed into a cell formatted as a number: Excel's day count. */
	static final long EXCEL_DAY_2041_03_31 = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30),
			LocalDate.of(2041, 3, 31));

	static final String OTHER_PROPAGANDA = "tuyengiao.khac-quan";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@TempDir
	Path dir;

	/** District-managed cadres (by LB-QU), never the demo persona. */
	List<String> cadres;

	String criterion;

	@BeforeEach
	void data() {
		cadres = jdbc.sql("""
				select p.code from person p join organisation m on m.id = p.managing_committee_id
				where m.code = 'LB-QU' and p.code like 'LB-CB-%' and p.code <> 'LB-CB-001' order by p.code limit 8""")
			.query(String.class)
			.list();
		criterion = jdbc.sql("select code from criterion where not retired order by code limit 1")
			.query(String.class)
			.single();
	}

	ResultActions upload(String persona, String name, byte[] content) throws Exception {
		return mvc.perform(multipart(URL).file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(As.api(persona)));
	}

	byte[] csv(String... lines) {
		return (String.join(",", HEADER) + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** A real workbook: Strings, Numbers and LocalDates (a date-formatted cell). */
	byte[] xlsx(Object[]... rows) throws Exception {
		Path file = dir.resolve("ke-hoach.xlsx");
		ImportFiles.writeXlsx(file, "Dữ liệu", rows);
		return Files.readAllBytes(file);
	}

	/**
	 * A real Word document laid out like an administrative document: a title, the
	 * borderless heading table (issuing body | national motto), then the data table.
	 */
	byte[] docx(boolean withTables, String[]... rows) throws Exception {
		Path file = dir.resolve("ke-hoach.docx");
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			if (withTables) {
				XWPFTable heading = doc.createTable(1, 2);
				heading.getRow(0).getCell(0).setText("QUẬN ỦY LONG BIÊN\nBAN TUYÊN GIÁO");
				heading.getRow(0).getCell(1).setText("ĐẢNG CỘNG SẢN VIỆT NAM");
			}
			doc.createParagraph().createRun().setText("DANH SÁCH KẾ HOẠCH TU DƯỠNG, RÈN LUYỆN NĂM 2043");
			if (withTables) {
				XWPFTable table = doc.createTable(rows.length, rows[0].length);
				for (int r = 0; r < rows.length; r++) {
					for (int c = 0; c < rows[r].length; c++) {
						table.getRow(r).getCell(c).setText(rows[r][c]);
					}
				}
			}
			else {
				for (String[] row : rows) {
					doc.createParagraph().createRun().setText(String.join(" | ", row));
				}
			}
			doc.write(out);
		}
		return Files.readAllBytes(file);
	}

	long plans(int year) {
		return jdbc.sql("select count(*) from cultivation_plan where year = ?").param(year).query(Long.class).single();
	}

	String planStatus(String code, int year) {
		return jdbc.sql("""
				select c.status from cultivation_plan c join person p on p.id = c.person_id
				where p.code = ? and c.year = ?""").params(code, year).query(String.class).optional().orElse(null);
	}

	List<String> commitments(String code, int year) {
		return jdbc
			.sql("""
					select k.position || '|' || k.area || '|' || k.action || '|' || k.measure || '|'
					  || coalesce(to_char(k.deadline, 'YYYY-MM-DD'), '-') || '|' || k.criteria
					from cultivation_commitment k join cultivation_plan c on c.id = k.plan_id join person p on p.id = c.person_id
					where p.code = ? and c.year = ? order by k.position""")
			.params(code, year)
			.query(String.class)
			.list();
	}

	String weaknesses(String code, int year) {
		return jdbc.sql("""
				select c.weaknesses from cultivation_plan c join person p on p.id = c.person_id
				where p.code = ? and c.year = ?""").params(code, year).query(String.class).single();
	}

	@Test
	void aWorkbookFromThePropagandaDepartmentBecomesSubmittedPlansWithTheirCommitmentsAndAudit() throws Exception {
		String a = cadres.get(0);
		String b = cadres.get(1);
		byte[] file = xlsx(HEADER,
				new Object[] { a, 2041, "Còn ngại phát biểu góp ý trong sinh hoạt chi bộ", "CHINH_TRI",
						"Học và viết thu hoạch 4 chuyên đề Nghị quyết", "4 bài thu hoạch đạt yêu cầu",
						LocalDate.of(2041, 6, 30), criterion },
				new Object[] { a, 2041, null, "Đạo đức, lối sống", "Không sử dụng xe công vào việc riêng",
						"Sổ theo dõi xe không có chuyến việc riêng", "31/12/2041", null },
				new Object[] { a, 2041, null, "noi cu tru", "Dự đủ 4 buổi sinh hoạt tổ dân phố nơi cư trú",
						"Xác nhận của Ban công tác Mặt trận", EXCEL_DAY_2041_03_31, null },
				new Object[] { b, 2041, "Chậm trả lời đơn thư", "CONG_TAC", "Trả lời 100% đơn thư đúng hạn",
						"Sổ theo dõi đơn thư", "2041-09-30", criterion.toLowerCase() });

		upload(Personas.PROPAGANDA, "ke-hoach.xlsx", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.dataset").value("cultivation-plans"))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));

		assertThat(planStatus(a, 2041)).isEqualTo("SUBMITTED");
		assertThat(planStatus(b, 2041)).isEqualTo("SUBMITTED");
		assertThat(weaknesses(a, 2041)).isEqualTo("Còn ngại phát biểu góp ý trong sinh hoạt chi bộ");
		assertThat(commitments(a, 2041)).containsExactly(
				"1|POLITICAL_STUDY|Học và viết thu hoạch 4 chuyên đề Nghị quyết|4 bài thu hoạch đạt yêu cầu|2041-06-30|"
						+ criterion,
				"2|ETHICS_LIFESTYLE|Không sử dụng xe công vào việc riêng|Sổ theo dõi xe không có chuyến việc riêng|2041-12-31|",
				"3|RESIDENCE|Dự đủ 4 buổi sinh hoạt tổ dân phố nơi cư trú|Xác nhận của Ban công tác Mặt trận|2041-03-31|");
		assertThat(commitments(b, 2041))
			.containsExactly("1|WORK|Trả lời 100% đơn thư đúng hạn|Sổ theo dõi đơn thư|2041-09-30|" + criterion);
		assertThat(jdbc.sql("""
				select count(*) from cultivation_plan c join person p on p.id = c.person_id
				where c.year = 2041 and c.specificity_score is not null and c.submitted_at is not null
				  and c.entered_by = ?""").param(Personas.PROPAGANDA).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from audit_event e join cultivation_plan c on e.entity_id = c.id::text
				where e.entity_type = 'CultivationPlan' and e.action = 'IMPORT_CREATE' and c.year = 2041""")
			.query(Long.class)
			.single()).isEqualTo(2);
		// ready for the managing committee's approval queue
		mvc.perform(get("/cultivation/approvals").with(As.page(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trả lời 100% đơn thư đúng hạn")));
	}

	@Test
	void reimportingTheSameCsvGivesTheSamePlansAndAChangedFileReplacesTheText() throws Exception {
		String a = cadres.get(2);
		byte[] file = csv(a + ",2042,Ít đi cơ sở,CHINH_TRI,Đọc 2 đầu sách lý luận mỗi quý,8 cuốn sách,30/11/2042,",
				a + ",2042,Ít đi cơ sở,CONG_TAC,\"Đi cơ sở 2 buổi mỗi tháng, có biên bản\",24 biên bản,,");

		upload(Personas.PROPAGANDA, "ke-hoach.csv", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		List<String> first = commitments(a, 2042);
		upload(Personas.PROPAGANDA, "ke-hoach.csv", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(1));

		assertThat(plans(2042)).isEqualTo(1);
		assertThat(commitments(a, 2042)).isEqualTo(first).hasSize(2);
		assertThat(first.get(1)).contains("Đi cơ sở 2 buổi mỗi tháng, có biên bản|24 biên bản|-|");
		assertThat(planStatus(a, 2042)).isEqualTo("SUBMITTED");

		upload(Personas.PROPAGANDA, "ke-hoach.csv",
				csv(a + ",2042,Ít đi cơ sở,CONG_TAC,Đi cơ sở 3 buổi mỗi tháng,36 biên bản,,"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(commitments(a, 2042)).containsExactly("1|WORK|Đi cơ sở 3 buổi mỗi tháng|36 biên bản|-|");
	}

	@Test
	void aWordTableAfterTheHeadingTableIsImportedLikeAWorkbook() throws Exception {
		String a = cadres.get(3);
		byte[] file = docx(true,
				new String[] { "Mã cán bộ", "Năm", "Hạn chế, khuyết điểm", "Lĩnh vực", "Việc làm cụ thể",
						"Kết quả đo được", "Thời hạn", "Tiêu chí" },
				new String[] { a, "2043", "Nóng nảy khi tiếp dân", "DAO_DUC_LOI_SONG",
						"Tiếp dân đúng lịch, không để phản ánh về thái độ", "0 phản ánh về thái độ", "31/12/2043",
						criterion },
				new String[] { a, "2043", "", "CONG_TAC", "Giải quyết 100% hồ sơ đúng hẹn", "Báo cáo quý", "", "" });

		upload(Personas.PROPAGANDA, "ke-hoach.docx", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));

		assertThat(planStatus(a, 2043)).isEqualTo("SUBMITTED");
		assertThat(weaknesses(a, 2043)).isEqualTo("Nóng nảy khi tiếp dân");
		assertThat(commitments(a, 2043)).containsExactly(
				"1|ETHICS_LIFESTYLE|Tiếp dân đúng lịch, không để phản ánh về thái độ|0 phản ánh về thái độ|2043-12-31|"
						+ criterion,
				"2|WORK|Giải quyết 100% hồ sơ đúng hẹn|Báo cáo quý|-|");
	}

	@Test
	void aFileWithSeveralBadRowsIsRefusedWholeListingEveryErrorWithRowAndColumn() throws Exception {
		String a = cadres.get(4);
		String b = cadres.get(5);
		List<String> lines = new ArrayList<>();
		lines.add(a + ",2044,Điểm yếu A,CHINH_TRI,Việc đúng quy định,Đo được,30/06/2044," + criterion); // 2
																										// ok
		lines.add(a + ",2044,,CHINH_TRI,   ,Đo được,,"); // 3 empty action
		lines.add(a + ",2044,,THE_THAO,Chạy bộ,5 km,,"); // 4 unknown area
		lines.add(a + ",2044,,CONG_TAC,Việc hạn sai năm,Đo,15/01/2045,"); // 5 deadline
																			// outside
																			// year
		lines.add(a + ",2044,,CONG_TAC,Việc ngày sai,Đo,31/02/2044,KHONG-CO-TIEU-CHI"); // 6
																						// bad
																						// date
																						// +
																						// criterion
		lines.add(a + ",2044,Điểm yếu khác,CONG_TAC,Việc dài," + "x".repeat(2001) + ",,"); // 7
																							// weakness
																							// +
																							// long
		lines.add("KHONG-CO-NGUOI,2044,,CONG_TAC,Việc của người lạ,Đo,,"); // 8 unknown
																			// person
		lines.add(b + ",20x4,,CONG_TAC,Năm sai,Đo,,"); // 9 bad year
		for (int i = 0; i < 31; i++) { // rows 10..40: 31 commitments, the 31st on row 40
			lines.add(b + ",2044,,CONG_TAC,Việc số " + (i + 1) + ",Đo,,");
		}
		long before = plans(2044);
		long audits = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

		upload(Personas.PROPAGANDA, "ke-hoach.csv", csv(lines.toArray(String[]::new)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("chưa ghi")))
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.field == 'hanh_dong')].message",
					hasItem(containsString("không được để trống"))))
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.field == 'linh_vuc')].message",
					hasItem(allOf(containsString("THE_THAO"), containsString("CHINH_TRI")))))
			.andExpect(jsonPath("$.errors[?(@.row == 5 && @.field == 'thoi_han')].message",
					hasItem(containsString("phải nằm trong năm 2044"))))
			.andExpect(jsonPath("$.errors[?(@.row == 6 && @.field == 'thoi_han')].message",
					hasItem(containsString("31/02/2044"))))
			.andExpect(jsonPath("$.errors[?(@.row == 6 && @.field == 'tieu_chi')].message",
					hasItem(containsString("KHONG-CO-TIEU-CHI"))))
			.andExpect(jsonPath("$.errors[?(@.row == 7 && @.field == 'diem_yeu')].message",
					hasItem(containsString("dòng 2"))))
			.andExpect(jsonPath("$.errors[?(@.row == 7 && @.field == 'thuoc_do')].message",
					hasItem(containsString("2001"))))
			.andExpect(jsonPath("$.errors[?(@.row == 8 && @.field == 'ma_nguoi')].message",
					hasItem(containsString("KHONG-CO-NGUOI"))))
			.andExpect(jsonPath("$.errors[?(@.row == 9 && @.field == 'nam')]", hasSize(1)))
			.andExpect(jsonPath("$.errors[?(@.row == 40 && @.field == 'hanh_dong')].message",
					hasItem(containsString("quá 30 cam kết"))))
			.andExpect(jsonPath("$.errors", hasSize(10)));

		assertThat(plans(2044)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(audits);
	}

	@Test
	void aWordDocumentWithoutATableOrWithoutTheTemplateHeadersIsRefusedInVietnamese() throws Exception {
		String a = cadres.get(6);
		upload(Personas.PROPAGANDA, "ke-hoach.docx",
				docx(false, new String[] { a, "2045", "CONG_TAC", "Viết thành đoạn văn, không phải bảng" }))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("không có bảng nào")));
		upload(Personas.PROPAGANDA, "ke-hoach.docx",
				docx(true, new String[] { "Họ tên", "Nội dung" }, new String[] { "Nguyễn Văn A", "Học tập" }))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", allOf(containsString("Không tìm thấy cột"),
					containsString("Mã cán bộ"), containsString("Việc làm cụ thể"))));
		assertThat(plans(2045)).isZero();
	}

	@Test
	void aPlanAlreadyApprovedIsARowErrorAndStaysAsItWas() throws Exception {
		String a = cadres.get(7);
		String b = cadres.get(0);
		jdbc.sql("""
				insert into cultivation_plan (person_id, year, status, weaknesses, entered_by)
				select id, 2046, 'APPROVED', 'Đã duyệt', 'quanuy.longbien' from person where code = ?""")
			.param(a)
			.update();

		upload(Personas.PROPAGANDA, "ke-hoach.csv",
				csv(b + ",2046,,CONG_TAC,Việc của người khác,Đo,,", a + ",2046,,CONG_TAC,Việc thay thế,Đo,,"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("nam"))
			.andExpect(jsonPath("$.errors[0].message", containsString("đã được cấp ủy duyệt")));

		assertThat(planStatus(a, 2046)).isEqualTo("APPROVED");
		assertThat(weaknesses(a, 2046)).isEqualTo("Đã duyệt");
		assertThat(planStatus(b, 2046)).isNull();
	}

	@Test
	void peopleOutsideTheImportersScopeAreRowErrorsAndRolesWithoutTheRightAreRefused() throws Exception {
		String local = cadres.get(1);
		String cityManaged = jdbc.sql("""
				select p.code from person p join organisation m on m.id = p.managing_committee_id
				where m.code = 'HN-TU' order by p.code limit 1""").query(String.class).single();
		otherDistrictPropagandaAccount();
		byte[] file = csv(local + ",2047,,CONG_TAC,Việc cụ thể,Đo,,");

		// the Propaganda Department of another district sees no Long Biên cadre
		mvc.perform(multipart(URL).file(new MockMultipartFile("file", "k.csv", "text/csv", file))
			.with(httpBasic(OTHER_PROPAGANDA, Personas.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("ma_nguoi"))
			.andExpect(jsonPath("$.errors[0].message", containsString("không thuộc phạm vi")));
		// the district party committee manages only its own cadres
		upload(Personas.PARTY_COMMITTEE, "k.csv", csv(cityManaged + ",2047,,CONG_TAC,Việc cụ thể,Đo,,"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString(cityManaged)));
		assertThat(plans(2047)).isZero();
		// roles that do not handle plans may not import them at all
		for (String persona : new String[] { Personas.FRONT_VIET_HUNG, Personas.FRONT_LONG_BIEN, Personas.WOMENS_UNION,
				Personas.CADRE, Personas.LEADER, Personas.PARTY_CELL }) {
			upload(persona, "k.csv", file).andExpect(status().isForbidden());
			mvc.perform(get(URL + "/template.xlsx").with(As.api(persona))).andExpect(status().isForbidden());
		}
		assertThat(plans(2047)).isZero();
		// while the managing committee itself may
		upload(Personas.PARTY_COMMITTEE, "k.csv", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		assertThat(planStatus(local, 2047)).isEqualTo("SUBMITTED");
	}

	@Test
	void thePropagandaOfficerFindsTheDatasetOnTheImportPageWithItsTemplateAndWordFilesOffered() throws Exception {
		mvc.perform(get("/imports").with(As.page(Personas.PROPAGANDA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kế hoạch tu dưỡng, rèn luyện (mỗi dòng một cam kết)")))
			.andExpect(content().string(containsString(".docx")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("ds-people"))));
		byte[] template = mvc.perform(get(URL + "/template.xlsx").with(As.api(Personas.PROPAGANDA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
			Row header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã cán bộ");
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Việc làm cụ thể");
		}
	}

	void otherDistrictPropagandaAccount() {
		jdbc.sql("""
				insert into admin_unit (code, name, name_folded, level, parent_id, valid_from)
				select 'HN-TEST-CI', 'Quận Thử Nghiệm', 'quan thu nghiem', 'DISTRICT', id, date '2000-01-01'
				from admin_unit where code = 'HN' on conflict (code) do nothing""").update();
		jdbc.sql("""
				insert into organisation (code, name, name_folded, type, unit_id, valid_from)
				select 'TEST-CI-BTG', 'Ban Tuyên giáo quận thử', 'ban tuyen giao quan thu', 'PROPAGANDA_DEPARTMENT', id,
				  date '2000-01-01' from admin_unit where code = 'HN-TEST-CI' on conflict (code) do nothing""")
			.update();
		jdbc.sql("""
				insert into user_account (username, display_name, password_hash, role, organisation_id, valid_from,
				  created_at, password_changed_at)
				select ?, 'Cán bộ Tuyên giáo quận khác', ?, 'PROPAGANDA_OFFICER', id, date '2000-01-01', now(), now()
				from organisation where code = 'TEST-CI-BTG' on conflict (username) do nothing""")
			.params(OTHER_PROPAGANDA, passwords.encode(Personas.PASSWORD))
			.update();
	}

}
