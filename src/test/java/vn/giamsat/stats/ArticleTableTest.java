package vn.giamsat.stats;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The article's table (DOMAIN.md §3) reproduced from imported data and shown identically
 * by the API, the page with its drill-downs, and the XLSX, DOCX and PDF exports.
 */
@IntegrationTest
class ArticleTableTest {

	static final String QUERY = "from=" + ArticleDataset.FROM + "&to=" + ArticleDataset.TO + "&unit=TKC";

	/** The query as it appears in the page's HTML attributes. */
	static final String HTML_QUERY = QUERY.replace("&", "&amp;");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void data() throws Exception {
		ArticleDataset.load(new StatsImports(mvc), jdbc);
	}

	@Test
	void apiGivesTheArticlesFigures() throws Exception {
		mvc.perform(get("/api/v1/stats/supervision?" + QUERY).with(As.api(Personas.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records").value(6570))
			.andExpect(jsonPath("$.opinions").value(530))
			.andExpect(jsonPath("$.byLevel[?(@.level=='QUAN_HUYEN')].records").value(527))
			.andExpect(jsonPath("$.byLevel[?(@.level=='QUAN_HUYEN')].peopleSupervised").value(104))
			.andExpect(jsonPath("$.byLevel[?(@.level=='QUAN_HUYEN')].opinions").value(59))
			.andExpect(jsonPath("$.byLevel[?(@.level=='QUAN_HUYEN')].peopleCommented").value(86))
			.andExpect(jsonPath("$.byLevel[?(@.level=='QUAN_HUYEN')].cadresAssigned").value(104))
			.andExpect(jsonPath("$.byLevel[?(@.level=='PHUONG_XA')].opinions").value(245))
			.andExpect(jsonPath("$.byLevel[?(@.level=='PHUONG_XA')].peopleCommented").value(472))
			.andExpect(jsonPath("$.byLevel[?(@.level=='TO_DAN_PHO')].opinions").value(226))
			.andExpect(jsonPath("$.byLevel[?(@.level=='TO_DAN_PHO')].peopleCommented").value(521))
			.andExpect(jsonPath("$.byOrganisationType[?(@.type=='MTTQ' && @.level=='QUAN_HUYEN')].records").value(212))
			.andExpect(
					jsonPath("$.byOrganisationType[?(@.type=='CONG_DOAN' && @.level=='QUAN_HUYEN')].records").value(61))
			.andExpect(jsonPath("$.byOrganisationType[?(@.type=='CUU_CHIEN_BINH' && @.level=='QUAN_HUYEN')].records")
				.value(73))
			.andExpect(
					jsonPath("$.byOrganisationType[?(@.type=='PHU_NU' && @.level=='QUAN_HUYEN')].records").value(119))
			.andExpect(jsonPath("$.byOrganisationType[?(@.type=='DOAN_THANH_NIEN' && @.level=='QUAN_HUYEN')].records")
				.value(62));
	}

	@Test
	void pageShowsTheFiguresWithRulesAndEveryFigureLinksToWhatItCounts() throws Exception {
		String html = mvc
			.perform(get("/stats?" + QUERY.replace("2018-01-01", "01/01/2018").replace("2020-12-31", "31/12/2020"))
				.with(As.page(Personas.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mỗi ý kiến tính 1 lần dù liên quan đến nhiều người")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String[] cell : new String[][] { { "records", "QUAN_HUYEN", "MTTQ", "212" },
				{ "records", "QUAN_HUYEN", "CONG_DOAN", "61" }, { "records", "QUAN_HUYEN", "CUU_CHIEN_BINH", "73" },
				{ "records", "QUAN_HUYEN", "PHU_NU", "119" }, { "records", "QUAN_HUYEN", "DOAN_THANH_NIEN", "62" } }) {
			assertThat(html).contains("kind=" + cell[0] + "&amp;" + HTML_QUERY + "&amp;level=" + cell[1] + "&amp;type="
					+ cell[2] + "\">" + cell[3] + "</a>");
		}
		assertThat(html).contains("kind=records&amp;" + HTML_QUERY + "&amp;level=QUAN_HUYEN\">527</a>")
			.contains("kind=people&amp;" + HTML_QUERY + "&amp;level=QUAN_HUYEN\">104</a>")
			.contains("kind=opinions&amp;" + HTML_QUERY + "&amp;level=QUAN_HUYEN\">59</a>")
			.contains("kind=pairs&amp;" + HTML_QUERY + "&amp;level=QUAN_HUYEN\">86</a>")
			.contains("kind=opinions&amp;" + HTML_QUERY + "&amp;level=PHUONG_XA\">245</a>")
			.contains("kind=pairs&amp;" + HTML_QUERY + "&amp;level=PHUONG_XA\">472</a>")
			.contains("kind=opinions&amp;" + HTML_QUERY + "&amp;level=TO_DAN_PHO\">226</a>")
			.contains("kind=pairs&amp;" + HTML_QUERY + "&amp;level=TO_DAN_PHO\">521</a>")
			.contains("kind=records&amp;" + HTML_QUERY + "\">6.570</a>")
			.contains("<svg");
	}

	@Test
	void drillDownListsAsManyRowsAsTheFigureSays() throws Exception {
		mvc.perform(
				get("/stats/list?kind=records&" + QUERY + "&level=QUAN_HUYEN&type=MTTQ").with(As.page(Personas.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("212 dòng")));
		mvc.perform(get("/stats/list?kind=pairs&" + QUERY + "&level=TO_DAN_PHO").with(As.page(Personas.LEADER)))
			.andExpect(content().string(containsString("521 dòng")));
		mvc.perform(get("/stats/list?kind=people&" + QUERY + "&level=QUAN_HUYEN").with(As.page(Personas.LEADER)))
			.andExpect(content().string(containsString("104 dòng")));
		mvc.perform(get("/stats/list?kind=assigned&" + QUERY + "&level=QUAN_HUYEN").with(As.page(Personas.LEADER)))
			.andExpect(content().string(containsString("104 dòng")));
	}

	@Test
	void xlsxExportCarriesTheApiFigures() throws Exception {
		byte[] xlsx = mvc.perform(get("/stats/report.xlsx?" + QUERY).with(As.page(Personas.LEADER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter f = new DataFormatter();
			for (Row row : wb.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(f.formatCellValue(c)));
				rows.add(cells);
			}
		}
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Quận, huyện", "Ủy ban MTTQ").contains("212"));
		assertThat(rows).anySatisfy(
				r -> assertThat(r).containsExactly("Quận, huyện", "Tổng cộng", "104", "527", "104", "59", "86"));
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Phường, xã", "Tổng cộng"))
			.anySatisfy(r -> assertThat(r).contains("245", "472"))
			.anySatisfy(r -> assertThat(r).contains("226", "521"))
			.anySatisfy(r -> assertThat(r).contains("6570", "530"));
	}

	@Test
	void docxAndPdfReportsQuoteTheSameFigures() throws Exception {
		byte[] docx = mvc.perform(get("/stats/report.docx?" + QUERY).with(As.page(Personas.LEADER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String word;
		try (XWPFWordExtractor ex = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			word = ex.getText().replaceAll("\\s+", " ");
		}
		assertThat(word).contains("6.570 lượt giám sát")
			.contains("530 ý kiến")
			.contains("527 lượt giám sát đối với 104 người; 59 ý kiến / 86 người")
			.contains("245 ý kiến / 472 người")
			.contains("226 ý kiến / 521 người");
		byte[] pdf = mvc.perform(get("/stats/report.pdf?" + QUERY).with(As.page(Personas.LEADER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("BÁO CÁO")
				.contains("6.570 lượt giám sát")
				.contains("212")
				.contains("119")
				.contains("245 ý kiến / 472 người");
		}
	}

}
