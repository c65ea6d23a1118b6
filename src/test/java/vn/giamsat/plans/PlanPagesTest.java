package vn.giamsat.plans;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's issued 2019 Long Biên plan: who may see it, what each sees, and its
 * documents read back (PDF text, DOCX paragraphs, XLSX rows).
 */
@IntegrationTest
class PlanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long plan2019() {
		return jdbc.sql("""
				select p.id from supervision_plan p join organisation o on o.id = p.owner_id
				where o.code = 'LB-MTTQ' and p.year = 2019""").query(Long.class).single();
	}

	String page(String url, String persona) throws Exception {
		return mvc.perform(get(url).with(As.page(persona)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theOwnerSeesEverySubjectWithItsExplanation() throws Exception {
		String html = page("/plans/" + plan2019(), Personas.FRONT_LONG_BIEN);
		assertThat(html.split("<tr id=\"subject-").length - 1).isEqualTo(104);
		assertThat(html).contains("tối ưu đã chứng minh").contains("Cân bằng:").contains("Được phép");
	}

	@Test
	void aMemberOrganisationSeesOnlyTheSubjectsItSupervisesAndCannotEdit() throws Exception {
		long id = plan2019();
		long womens = jdbc.sql("""
				select count(*) from plan_assignment a join organisation o on o.id = a.focal_unit_id
				where a.plan_id = ? and o.code = 'LB-PN'""").param(id).query(Long.class).single();
		String html = page("/plans/" + id, Personas.WOMENS_UNION);
		assertThat(womens).isPositive();
		assertThat(html.split("<tr id=\"subject-").length - 1).isEqualTo((int) womens);
		mvc.perform(
				post("/plans/" + id + "/solve").param("version", "0").with(As.page(Personas.WOMENS_UNION)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/plans/" + id + "/ke-hoach.pdf").with(As.page(Personas.WOMENS_UNION)))
			.andExpect(status().isForbidden());
	}

	@Test
	void othersOutsideThePlanAreRefused() throws Exception {
		long id = plan2019();
		mvc.perform(get("/plans/" + id).with(As.page(Personas.FRONT_VIET_HUNG))).andExpect(status().isForbidden());
		mvc.perform(get("/plans/" + id).with(As.page(Personas.CADRE))).andExpect(status().isForbidden());
		mvc.perform(get("/plans/" + id).with(As.page(Personas.PARTY_CELL))).andExpect(status().isForbidden());
		mvc.perform(post("/plans/" + id + "/transition").param("target", "AMENDED")
			.param("note", "x")
			.param("version", "0")
			.with(As.page(Personas.FRONT_VIET_HUNG))
			.with(csrf())).andExpect(status().isForbidden());
		page("/plans/" + id, Personas.LEADER);
	}

	@Test
	void theIssuedPlanReadsBackFromPdfDocxAndXlsxWithVietnameseIntact() throws Exception {
		long id = plan2019();
		byte[] pdf = mvc.perform(get("/plans/" + id + "/ke-hoach.pdf").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN LONG BIÊN")
				.contains("BAN THƯỜNG TRỰC")
				.contains("Độc lập - Tự do - Hạnh phúc")
				.contains("Số: 05/KH-MTTQ-BTT")
				.contains("Long Biên, ngày 15 tháng 01 năm 2019")
				.contains("KẾ HOẠCH")
				.contains("DANH SÁCH PHÂN CÔNG ĐƠN VỊ ĐẦU MỐI GIÁM SÁT")
				.contains("Nguyễn Văn An");
			assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
		}
		byte[] docx = mvc.perform(get("/plans/" + id + "/ke-hoach.docx").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
			assertThat(text).contains("KẾ HOẠCH").contains("TM. BAN THƯỜNG TRỰC");
			assertThat(doc.getTables()).isNotEmpty();
		}
		byte[] xlsx = mvc.perform(get("/plans/" + id + "/phan-cong.xlsx").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			int dataRows = 0;
			for (var row : sheet) {
				if (row.getCell(4) != null && row.getCell(4).getStringCellValue().contains("Long Biên")) {
					dataRows++;
				}
			}
			assertThat(dataRows).isEqualTo(104);
		}
	}

	@Test
	void theDiffShowsNewSubjectsForAPlanWhosePredecessorHadOthers() throws Exception {
		String html = page("/plans/" + plan2019() + "/diff", Personas.FRONT_LONG_BIEN);
		assertThat(html).contains("Chưa có kế hoạch năm trước để so sánh.");
	}

	@Test
	void criteriaAreSeededAndAdministratorsRetireOne() throws Exception {
		assertThat(page("/criteria", Personas.FRONT_LONG_BIEN)).contains("QD522-07").contains("Không gợi ý, nhận tiền");
		mvc.perform(post("/criteria").param("code", "TEST-01")
			.param("text", "Tiêu chí thử nghiệm")
			.param("retired", "true")
			.with(As.page(Personas.ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select retired from criterion where code = 'TEST-01'").query(Boolean.class).single())
			.isTrue();
		mvc.perform(post("/criteria").param("code", "TEST-02")
			.param("text", "x")
			.with(As.page(Personas.FRONT_LONG_BIEN))
			.with(csrf())).andExpect(status().isForbidden());
	}

}
