package vn.giamsat.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import contract: all or nothing, every error with row and column in Vietnamese,
 * idempotent by code; and every kind of bad input the issue lists, each refused with
 * nothing written.
 */
@IntegrationTest
class ImportApiTest {

	static final String PEOPLE_HEADER = "ma,ho_ten,gioi_tinh,nam_sinh,dang_vien,chuc_vu,ma_noi_cong_tac,ma_noi_cu_tru,ma_cap_uy_quan_ly,nhom\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ResultActions upload(String dataset, String name, byte[] content, String persona) throws Exception {
		return mvc.perform(multipart("/api/v1/imports/" + dataset)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(As.api(persona)));
	}

	ResultActions uploadCsv(String dataset, String csv) throws Exception {
		return upload(dataset, dataset + ".csv", csv.getBytes(StandardCharsets.UTF_8), Personas.ADMIN);
	}

	long people() {
		return jdbc.sql("select count(*) from person").query(Long.class).single();
	}

	long units() {
		return jdbc.sql("select count(*) from admin_unit").query(Long.class).single();
	}

	@Test
	void validPeopleFileIsImportedAndReimportingItUpdatesInsteadOfDuplicating() throws Exception {
		String csv = PEOPLE_HEADER
				+ "IMP-OK-1,Trần Văn Kiểm,NAM,1980,CO,Chuyên viên,LB-PNV,HN-LB-DG-T01,LB-QU,CAN_BO_DANG_VIEN\n"
				+ "IMP-OK-2,\"Lê Thị Thử, con\",nữ,1985,khong,,,HN-LB-DG-T02,LB-DG-DU,Dang vien khac\n";
		long before = people();
		uploadCsv("people", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));
		uploadCsv("people", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(2));
		assertThat(people()).isEqualTo(before + 2);
		assertThat(
				jdbc.sql("select gender || category from person where code = 'IMP-OK-2'").query(String.class).single())
			.isEqualTo("FEMALEOTHER_PARTY_MEMBER");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'Person' and entity_id = 'IMP-OK-1'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void everyRowErrorIsListedWithRowAndColumnAndNothingIsWritten() throws Exception {
		String csv = PEOPLE_HEADER + "IMP-E-1,Nguyễn Văn Đúng,NAM,1980,CO,,LB-PNV,,LB-QU,CAN_BO_DANG_VIEN\n"
				+ "IMP-E-2,   ,NAM,1980,CO,,LB-PNV,,LB-QU,CAN_BO_DANG_VIEN\n" + "IMP-E-3," + "A".repeat(500)
				+ ",NAM,1980,CO,,LB-PNV,,LB-QU,CAN_BO_DANG_VIEN\n"
				+ "IMP-E-4,Phạm Thị Sai,KHAC,1980,CO,,LB-PNV,,LB-QU,CAN_BO_DANG_VIEN\n"
				+ "IMP-E-5,Đỗ Văn Mã,NAM,1980,CO,,KHONG-CO-MA,,LB-QU,CAN_BO_DANG_VIEN\n"
				+ "IMP-E-1,Vũ Văn Trùng,NAM,1980,CO,,LB-PNV,,LB-QU,CAN_BO_DANG_VIEN\n"
				+ "IMP-E-7,Hồ Thị Năm,NU,18x0,CO,,LB-PNV,,LB-QU,CAN_BO_DANG_VIEN\n"
				+ "IMP-E-8,Ngô Văn Cấp,NAM,1980,CO,,LB-PNV,,LB-PNV,CAN_BO_DANG_VIEN\n";
		long before = people();
		uploadCsv("people", csv).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("chưa ghi")))
			.andExpect(jsonPath("$.errors[*].row", hasItem(3)))
			.andExpect(jsonPath("$.errors[*].row", hasItem(4)))
			.andExpect(jsonPath("$.errors[*].row", hasItem(5)))
			.andExpect(jsonPath("$.errors[*].row", hasItem(6)))
			.andExpect(jsonPath("$.errors[*].row", hasItem(7)))
			.andExpect(jsonPath("$.errors[*].row", hasItem(8)))
			.andExpect(jsonPath("$.errors[*].row", hasItem(9)))
			.andExpect(jsonPath("$.errors[*].field", hasItem("gioi_tinh")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("ma_noi_cong_tac")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("ma_cap_uy_quan_ly")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("KHONG-CO-MA"))));
		assertThat(people()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from person where code = 'IMP-E-1'").query(Long.class).single()).isZero();
	}

	@Test
	void unitFileWithACycleAndDatesOutOfOrderIsRefusedWhole() throws Exception {
		String csv = "ma,ten,cap,ma_don_vi_cha,hieu_luc_tu,hieu_luc_den\n"
				+ "IMP-U-A,Tổ dân phố thử A,TO_DAN_PHO,HN-LB-DG,2010-01-01,2020-01-01\n"
				+ "IMP-U-B,Phường thử B,PHUONG_XA,IMP-U-C,2010-01-01,\n"
				+ "IMP-U-C,Phường thử C,PHUONG_XA,IMP-U-B,2010-01-01,\n"
				+ "IMP-U-D,Tổ thử D,TO_DAN_PHO,HN-LB-DG,2015-01-01,2012-01-01\n"
				+ "IMP-U-E,Tổ thử E,TO_DAN_PHO,HN-LB-DG,01/02/2030,\n"
				+ "IMP-U-F,Tổ thử F,XA_LANG,HN-LB-DG,2010-01-01,\n";
		long before = units();
		uploadCsv("units", csv).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("vòng lặp"))))
			.andExpect(jsonPath("$.errors[*].row", hasItem(5)))
			.andExpect(jsonPath("$.errors[*].row", hasItem(6)))
			.andExpect(jsonPath("$.errors[*].row", hasItem(7)));
		assertThat(units()).isEqualTo(before);
	}

	@Test
	void childrenMayComeBeforeTheirParentInTheFile() throws Exception {
		String csv = "ma,ten,cap,ma_don_vi_cha,hieu_luc_tu,hieu_luc_den\n"
				+ "IMP-K-T1,Tổ dân phố số 1 thử,TO_DAN_PHO,IMP-K-P,2026-01-01,\n"
				+ "IMP-K-P,Phường thử nghiệm,PHUONG_XA,HN,2026-01-01,\n";
		uploadCsv("units", csv).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		assertThat(jdbc
			.sql("select p.code from admin_unit c join admin_unit p on p.id = c.parent_id where c.code = 'IMP-K-T1'")
			.query(String.class)
			.single()).isEqualTo("IMP-K-P");
	}

	@Test
	void scriptInATextFieldIsStoredAsTextAndRenderedInert() throws Exception {
		String csv = "ma,ten,loai,ma_don_vi_hanh_chinh,ma_to_chuc_cha\n"
				+ "IMP-XSS,<script>alert('x')</script> Chi hội,CO_QUAN,HN-LB-DG,\n";
		uploadCsv("organisations", csv).andExpect(status().isOk());
		long id = jdbc.sql("select id from organisation where code = 'IMP-XSS'").query(Long.class).single();
		String page = mvc.perform(get("/organisations/" + id).with(As.page(Personas.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
	}

	@Test
	void duplicateCodesInOneFileNameBothRows() throws Exception {
		String csv = "ma,ten,loai,ma_don_vi_hanh_chinh,ma_to_chuc_cha\n"
				+ "IMP-DUP,Cơ quan một,CO_QUAN,HN-LB-DG,\nIMP-DUP,Cơ quan hai,CO_QUAN,HN-LB-DG,\n";
		uploadCsv("organisations", csv).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message", containsString("2")));
	}

	@Test
	void headersAreMatchedIgnoringCaseDiacriticsSpacesAndUnderscores() throws Exception {
		String csv = "Mã,TÊN,Loại,MA DON VI HANH CHINH,mã_tổ_chức_cha\nIMP-HDR,Cơ quan tiêu đề,CO_QUAN,HN-LB-DG,\n";
		uploadCsv("organisations", csv).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
	}

	@Test
	void malformedFilesAreRefusedWithAClearMessage() throws Exception {
		long before = people();
		upload("people", "empty.csv", new byte[0], Personas.ADMIN).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		byte[] windows = (PEOPLE_HEADER + "IMP-W-1,Trần Văn Kiểm,NAM,1980,CO,,LB-PNV,,LB-QU,CAN_BO_DANG_VIEN\n")
			.getBytes(Charset.forName("windows-1258"));
		upload("people", "cp1258.csv", windows, Personas.ADMIN).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("UTF-8")));
		upload("people", "fake.xlsx", "%PDF-1.4 not a workbook".getBytes(StandardCharsets.US_ASCII), Personas.ADMIN)
			.andExpect(status().isUnprocessableContent());
		upload("people", "unknown-enum.csv",
				(PEOPLE_HEADER + "IMP-N-1,Trần Văn Kiểm,NAM,1980,CO,,LB-PNV,,LB-QU,THU_TRUONG\n")
					.getBytes(StandardCharsets.UTF_8),
				Personas.ADMIN)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nhom"));
		upload("people", "no-columns.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), Personas.ADMIN)
			.andExpect(status().isUnprocessableContent());
		assertThat(people()).isEqualTo(before);
	}

	@Test
	void aFileOverTwentyMegabytesIsRefused() throws Exception {
		byte[] big = new byte[21 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		upload("people", "big.csv", big, Personas.ADMIN)
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(413, 422));
	}

	@Test
	void xlsxFilesAreImportedLikeCsv() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			var sheet = wb.createSheet("Cán bộ");
			String[] header = PEOPLE_HEADER.strip().split(",");
			var h = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			var r = sheet.createRow(1);
			Object[] values = { "IMP-X-1", "Bùi Thị Excel", "NU", 1979, "CO", "Phó Trưởng phòng", "LB-PNV",
					"HN-LB-DG-T01", "LB-QU", "CAN_BO_CHU_CHOT" };
			for (int i = 0; i < values.length; i++) {
				if (values[i] instanceof Integer n) {
					r.createCell(i).setCellValue(n);
				}
				else {
					r.createCell(i).setCellValue((String) values[i]);
				}
			}
			wb.write(out);
		}
		upload("people", "can-bo.xlsx", out.toByteArray(), Personas.ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		assertThat(jdbc.sql("select birth_year from person where code = 'IMP-X-1'").query(Integer.class).single())
			.isEqualTo(1979);
	}

	@Test
	void rowsOutsideTheImportersScopeAreRefused() throws Exception {
		String csv = PEOPLE_HEADER
				+ "IMP-S-1,Đinh Văn Phạm Vi,NAM,1980,CO,,P-VH-UBND,HN-P-VH-T01,P-VH-DU,CAN_BO_DANG_VIEN\n";
		upload("people", "scope.csv", csv.getBytes(StandardCharsets.UTF_8), Personas.FRONT_LONG_BIEN)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("ngoài phạm vi")));
	}

	@Test
	void templatesHaveVietnameseHeaders() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/imports/people/template.xlsx").with(As.api(Personas.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var row = wb.getSheetAt(0).getRow(0);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
		}
	}

}
