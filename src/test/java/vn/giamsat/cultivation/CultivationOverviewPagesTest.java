package vn.giamsat.cultivation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.giamsat.cultivation.internal.OverdueQueries;
import vn.giamsat.cultivation.internal.OverdueStage;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.Role;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.giamsat.cultivation.OverviewFixture.YEAR;

/**
 * The overview pages of self-cultivation plans on hand-made data
 * ({@link OverviewFixture}): plans in my scope with completeness counts and XLSX, overdue
 * lists and committee deadlines, copy suspects side by side, and every refusal.
 */
@IntegrationTest
class CultivationOverviewPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OverdueQueries overdue;

	long committee;

	@BeforeEach
	void data() {
		OverviewFixture.ensure(jdbc);
		committee = OverviewFixture.id(jdbc, "organisation", OverviewFixture.COMMITTEE);
	}

	String page(String url, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	byte[] file(String url, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static List<List<String>> rows(byte[] xlsx) throws Exception {
		List<List<String>> out = new ArrayList<>();
		try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(switch (c.getCellType()) {
					case NUMERIC -> String.valueOf((long) c.getNumericCellValue());
					default -> c.getStringCellValue();
				}));
				out.add(cells);
			}
		}
		return out;
	}

	@Test
	void countsByCommitteeAndByWorkplaceUnitFollowTheCountingRulesAndReadBackFromXlsx() throws Exception {
		List<List<String>> rows = rows(file("/cultivation/plans/counts.xlsx?year=" + YEAR, OverviewFixture.officer()));
		assertThat(rows.get(0).get(0)).isEqualTo("Tiến độ kế hoạch tu dưỡng, rèn luyện năm 2031");
		assertThat(rows.get(1)).containsExactly("Nhóm", "Tên", "Phải nộp", "Đã nhận", "Đã duyệt", "Trả lại",
				"Đã niêm yết", "Chưa nộp");
		// expected 8; received: submitted, approved, posted, returned, withdrawn,
		// self-assessed
		assertThat(rows.get(2)).containsExactly("Tổng cộng", "(chưa xác định)", "8", "6", "4", "1", "2", "2");
		assertThat(rows).contains(
				List.of("Theo cấp ủy quản lý", "Đảng ủy Khối thử nghiệm tổng hợp", "8", "6", "4", "1", "2", "2"),
				List.of("Theo đơn vị nơi công tác", "Phường Đức Giang", "4", "3", "2", "0", "0", "1"),
				List.of("Theo đơn vị nơi công tác", "Phường Gia Thụy", "4", "3", "2", "1", "2", "1"));
		String html = page("/cultivation/plans?year=" + YEAR, OverviewFixture.officer());
		assertThat(html).contains("id=\"counts-committee\"", "id=\"counts-unit\"", "Đảng ủy Khối thử nghiệm tổng hợp",
				"Cách đếm:");
	}

	@Test
	void theListShowsPeopleWithoutAPlanFiltersNotSubmittedAndSearchesWithoutDiacritics() throws Exception {
		String all = page("/cultivation/plans?year=" + YEAR, OverviewFixture.officer());
		long binhPlan = OverviewFixture.planOf(jdbc, "TCP-01", YEAR);
		assertThat(all)
			.contains("Vũ Văn Giang", "Chưa có kế hoạch", "href=\"/cultivation/plans/" + binhPlan + "\"",
					"Đã nộp, chờ duyệt", "01/03/2031")
			.doesNotContain("Mai Văn Minh");
		String notSubmitted = page("/cultivation/plans?year=" + YEAR + "&status=NOT_SUBMITTED",
				OverviewFixture.officer());
		assertThat(notSubmitted).contains("Vũ Văn Giang", "Đỗ Thị Hà").doesNotContain("Trần Văn Bình", "Lê Thị Cúc");
		String search = mvc
			.perform(get("/cultivation/plans").param("year", String.valueOf(YEAR))
				.param("q", "pham van dung")
				.with(OverviewFixture.officer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(search).contains("Phạm Văn Dũng").doesNotContain("Trần Văn Bình");
		String bad = page("/cultivation/plans?year=abc&status=NONSENSE", OverviewFixture.officer());
		assertThat(bad).contains("Năm phải từ 2000 đến 2100", "Tình trạng không hợp lệ");
	}

	@Test
	void theListExportsEveryRowInVietnameseNameOrder() throws Exception {
		List<List<String>> rows = rows(file("/cultivation/plans/export.xlsx?year=" + YEAR + "&committee=" + committee,
				OverviewFixture.officer()));
		assertThat(rows.subList(2, rows.size())).extracting(r -> r.get(1))
			.containsExactly("Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng", "Hoàng Thị Én", "Vũ Văn Giang",
					"Đỗ Thị Hà", "Ngô Văn Khoa", "Bùi Thị Lan");
		assertThat(rows.get(6)).contains("Chưa có kế hoạch");
		assertThat(rows.get(4)).contains("Đã niêm yết", "Có");
	}

	@Test
	void aPastYearShowsEveryoneOverdueWithTheirDaysAndAFutureYearNobody() throws Exception {
		String past = page("/cultivation/overdue?year=2004&committee=" + committee, OverviewFixture.officer());
		long days = ChronoUnit.DAYS.between(LocalDate.of(2004, 3, 31), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		assertThat(past).contains("Trần Văn Bình", "Bùi Thị Lan", "Chưa nộp", "31/03/2004",
				String.format("%,d", days).replace(',', '.'));
		String future = page("/cultivation/overdue?year=2035", OverviewFixture.officer());
		assertThat(future).contains("Không có ai chậm tiến độ.").doesNotContain("Trần Văn Bình");
	}

	@Test
	void overdueRulesFollowTheDeadlinesTheCommitteeSetsOneStepAtATime() throws Exception {
		mvc.perform(post("/cultivation/deadlines").with(OverviewFixture.officer())
			.with(csrf())
			.param("committee", String.valueOf(committee))
			.param("year", String.valueOf(YEAR))
			.param("submitBy", "15/03/2031")
			.param("decideBy", "01/04/2031")
			.param("postBy", "20/04/2031")
			.param("assessBy", "10/12/2031")
			.param("evaluateBy", "20/12/2031")).andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select count(*) from audit_event where entity_type = 'CultivationDeadline' and entity_id = ?")
					.param(committee + "/" + YEAR)
					.query(Long.class)
					.single())
			.isPositive();
		AccessScope scope = new AccessScope(OverviewFixture.OFFICER, Role.PARTY_COMMITTEE_OFFICER, false, Set.of(),
				null, committee, null);
		assertThat(overdue.report(scope, YEAR, null, LocalDate.of(YEAR, 3, 15)).rows()).as("on the deadline day")
			.isEmpty();
		var afterSubmit = overdue.report(scope, YEAR, null, LocalDate.of(YEAR, 3, 16));
		assertThat(afterSubmit.rows()).extracting(OverdueQueries.Overdue::fullName)
			.containsExactlyInAnyOrder("Hoàng Thị Én", "Vũ Văn Giang", "Đỗ Thị Hà");
		assertThat(afterSubmit.rows()).allSatisfy(r -> assertThat(r.daysOverdue()).isEqualTo(1));
		assertThat(overdue.report(scope, YEAR, null, LocalDate.of(YEAR, 4, 2)).rows(OverdueStage.DECIDE))
			.extracting(OverdueQueries.Overdue::fullName)
			.containsExactly("Trần Văn Bình");
		assertThat(overdue.report(scope, YEAR, null, LocalDate.of(YEAR, 4, 21)).rows(OverdueStage.POST))
			.extracting(OverdueQueries.Overdue::fullName)
			.containsExactly("Lê Thị Cúc");
		var december = overdue.report(scope, YEAR, null, LocalDate.of(YEAR, 12, 21));
		assertThat(december.rows(OverdueStage.ASSESS)).extracting(OverdueQueries.Overdue::fullName)
			.containsExactly("Phạm Văn Dũng");
		assertThat(december.rows(OverdueStage.EVALUATE)).extracting(OverdueQueries.Overdue::fullName)
			.containsExactly("Bùi Thị Lan");
		var counts = december.committees().get(0);
		assertThat(counts.people()).isEqualTo(8);
		assertThat(counts.count(OverdueStage.SUBMIT)).isEqualTo(3);
		assertThat(counts.total()).as("the withdrawn plan waits for nothing").isEqualTo(7);
		assertThat(overdue.report(scope, YEAR, null, LocalDate.of(YEAR, 4, 2))
			.rows(OverdueStage.DECIDE)
			.get(0)
			.daysOverdue()).isEqualTo(1);
	}

	@Test
	void badDeadlinesAreRefusedWithEveryReasonInVietnameseAndNothingIsWritten() throws Exception {
		String html = mvc
			.perform(post("/cultivation/deadlines").with(OverviewFixture.officer())
				.with(csrf())
				.param("committee", String.valueOf(committee))
				.param("year", "2032")
				.param("submitBy", "31/03/2032")
				.param("decideBy", "15/03/2032")
				.param("postBy", "30/04/2031")
				.param("assessBy", "31/02/2032")
				.param("evaluateBy", "15/05/2033"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Hạn chi bộ đánh giá: phải nằm trong năm 2032 hoặc đến hết ngày 31/03/2033",
				"Hạn cấp ủy duyệt không được sớm hơn Hạn nộp kế hoạch",
				"Hạn niêm yết công khai: phải nằm trong năm 2032",
				"Hạn tự đánh giá: \"31/02/2032\" không phải ngày hợp lệ");
		assertThat(jdbc.sql("select count(*) from cultivation_deadline where year = 2032").query(Long.class).single())
			.isZero();
		String missing = mvc
			.perform(post("/cultivation/deadlines").with(OverviewFixture.officer())
				.with(csrf())
				.param("committee", String.valueOf(committee))
				.param("year", "20x2")
				.param("submitBy", ""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("Năm phải là số từ 2000 đến 2100.");
	}

	@Test
	void aCommitteeSetsOnlyItsOwnDeadlinesAndTheAdministratorAnyCommittees() throws Exception {
		mvc.perform(get("/cultivation/deadlines?committee=" + committee).with(OverviewFixture.otherOfficer()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cultivation/deadlines").with(OverviewFixture.otherOfficer())
			.with(csrf())
			.param("committee", String.valueOf(committee))
			.param("year", "2033")
			.param("submitBy", "31/03/2033")
			.param("decideBy", "15/04/2033")
			.param("postBy", "30/04/2033")
			.param("assessBy", "15/12/2033")
			.param("evaluateBy", "31/12/2033")).andExpect(status().isForbidden());
		mvc.perform(get("/cultivation/deadlines").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isForbidden());
		assertThat(page("/cultivation/deadlines?committee=" + committee + "&year=2033", As.page(Personas.ADMIN)))
			.contains("Đảng ủy Khối thử nghiệm tổng hợp", "31/03/2033", "15/04/2033");
	}

	@Test
	void copySuspectsListTheCopiedPairsAndTheComparisonHighlightsOnlySharedPassages() throws Exception {
		long binh = OverviewFixture.planOf(jdbc, "TCP-01", YEAR);
		long cuc = OverviewFixture.planOf(jdbc, "TCP-02", YEAR);
		String list = page("/cultivation/copies?year=" + YEAR, OverviewFixture.officer());
		assertThat(list)
			.contains("Nghi sao chép — chỉ để tham khảo, không tự động trả lại", "Trần Văn Bình", "Lê Thị Cúc",
					"Hai người, cùng năm", "Một người, hai năm", "Phạm Văn Dũng")
			.doesNotContain("Mai Văn Minh");
		assertThat(list).containsAnyOf("/cultivation/copies/" + binh + "/" + cuc,
				"/cultivation/copies/" + cuc + "/" + binh);
		String compare = page("/cultivation/copies/" + binh + "/" + cuc, OverviewFixture.officer());
		assertThat(compare).contains("<mark>" + OverviewFixture.SHARED_2 + "</mark>", "Vượt ngưỡng: nghi sao chép",
				"Nghi sao chép — chỉ để tham khảo", OverviewFixture.OWN_BINH, "(không có cam kết tương ứng)");
		assertThat(compare).doesNotContain("<mark>" + OverviewFixture.OWN_BINH);
		assertThat(compare.split("class=\"matched\"", -1)).as("three aligned commitment pairs").hasSize(4);
		long dungLastYear = OverviewFixture.planOf(jdbc, "TCP-03", YEAR - 1);
		assertThat(page("/cultivation/copies/" + binh + "/" + dungLastYear, OverviewFixture.officer()))
			.contains("Hai người, khác năm", "Chưa tới ngưỡng nghi sao chép");
	}

	@Test
	void aComparisonOutsideTheCallersScopeIsRefused() throws Exception {
		long binh = OverviewFixture.planOf(jdbc, "TCP-01", YEAR);
		long minh = OverviewFixture.planOf(jdbc, "TCP-09", YEAR);
		mvc.perform(get("/cultivation/copies/" + binh + "/" + minh).with(OverviewFixture.officer()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cultivation/copies/" + binh + "/" + minh).with(OverviewFixture.otherOfficer()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cultivation/copies/" + binh + "/" + minh).with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cultivation/copies/" + binh + "/999999999").with(As.page(Personas.ADMIN)))
			.andExpect(status().isNotFound());
		assertThat(page("/cultivation/copies/" + binh + "/" + minh, As.page(Personas.FRONT_LONG_BIEN)))
			.contains("Mai Văn Minh", "<mark>");
	}

	@Test
	void anotherCommitteesOfficerSeesOnlyTheirOwnPeople() throws Exception {
		String html = page("/cultivation/plans?year=" + YEAR, OverviewFixture.otherOfficer());
		assertThat(html).contains("Mai Văn Minh").doesNotContain("Trần Văn Bình", "Lê Thị Cúc");
		assertThat(page("/cultivation/copies?year=" + YEAR, OverviewFixture.otherOfficer()))
			.doesNotContain("Trần Văn Bình");
		assertThat(page("/cultivation/overdue?year=2004", OverviewFixture.otherOfficer())).contains("Mai Văn Minh")
			.doesNotContain("Trần Văn Bình");
	}

	@ParameterizedTest(name = "{0} is refused every overview page")
	@ValueSource(
			strings = { Personas.CADRE, Personas.WOMENS_UNION, Personas.PARTY_CELL, Personas.FRONT_WORK_COMMITTEE })
	void rolesWithoutTheOverviewAreRefused(String persona) throws Exception {
		for (String url : List.of("/cultivation/plans", "/cultivation/plans/export.xlsx",
				"/cultivation/plans/counts.xlsx", "/cultivation/overdue", "/cultivation/copies",
				"/cultivation/deadlines")) {
			mvc.perform(get(url).with(As.page(persona))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theStartPageShowsPlansAwaitingTheCommitteeAndTheOverdueCount() throws Exception {
		String home = page("/", OverviewFixture.officer());
		assertThat(home)
			.contains("href=\"/cultivation/approvals\"><strong>1</strong> kế hoạch tu dưỡng chờ cấp ủy duyệt")
			.contains("người chậm tiến độ kế hoạch tu dưỡng năm");
	}

	@ParameterizedTest(name = "{0} opens every overview page of the current year")
	@ValueSource(strings = { Personas.ADMIN, Personas.LEADER, Personas.FRONT_LONG_BIEN, Personas.PROPAGANDA,
			Personas.PARTY_COMMITTEE })
	void everyOverviewRoleOpensThePagesOfTheCurrentYear(String persona) throws Exception {
		for (String url : List.of("/cultivation/plans", "/cultivation/overdue", "/cultivation/copies")) {
			assertThat(page(url, As.page(persona))).contains("<h1>");
		}
	}

	@Test
	void theWholeCityIsPagedAndTheListReadsInEnglish() throws Exception {
		String html = page("/cultivation/plans?year=" + YEAR, As.page(Personas.ADMIN));
		assertThat(html).contains("rel=\"next\"", "trang 1/");
		String english = page("/cultivation/plans?year=" + YEAR + "&lang=en", As.page(Personas.ADMIN));
		assertThat(english).contains("Self-cultivation plans of 2031 in your scope", "Counting rules:", "No plan");
	}

}
