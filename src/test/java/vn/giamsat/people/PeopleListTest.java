package vn.giamsat.people;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.shared.text.VietnameseNames;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class PeopleListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String page(String url, String persona) throws Exception {
		return mvc.perform(get(url).with(As.page(persona)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static List<String> names(String html) {
		Matcher m = Pattern.compile("<a href=\"/people/\\d+\">([^<]+)</a>").matcher(html);
		List<String> out = new ArrayList<>();
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	@Test
	void searchingWithoutDiacriticsFindsTheNameWithDiacritics() throws Exception {
		List<String> found = names(
				html(mvc.perform(get("/people").param("q", "nguyen van an").with(As.page(Personas.FRONT_LONG_BIEN)))));
		assertThat(found).contains("Nguyễn Văn An");
		assertThat(found)
			.allSatisfy(n -> assertThat(vn.giamsat.shared.text.VietnameseText.fold(n)).contains("nguyen van an"));
	}

	@Test
	void theListIsSortedByGivenNameThenFamilyNameThenMiddleNames() throws Exception {
		List<String> shown = names(page("/people", Personas.FRONT_LONG_BIEN));
		assertThat(shown).hasSize(50);
		List<String> sorted = new ArrayList<>(shown);
		sorted.sort(VietnameseNames.comparator());
		assertThat(shown).isEqualTo(sorted);
		assertThat(VietnameseNames.givenName(shown.get(0))).isEqualTo("An");
	}

	@Test
	void pagingShowsTheNextFiftyWithoutOverlap() throws Exception {
		List<String> first = names(page("/people?page=0", Personas.FRONT_LONG_BIEN));
		String second = page("/people?page=1", Personas.FRONT_LONG_BIEN);
		assertThat(second).contains("trang 2/");
		List<String> secondNames = names(second);
		assertThat(secondNames).hasSize(50);
		assertThat(VietnameseNames.comparator().compare(first.get(49), secondNames.get(0))).isLessThanOrEqualTo(0);
	}

	@Test
	void filtersByUnitCategoryOrganisationAndManagingCommittee() throws Exception {
		long pnv = jdbc.sql("select id from organisation where code = 'LB-PNV'").query(Long.class).single();
		String byOrg = page("/people?organisation=" + pnv, Personas.FRONT_LONG_BIEN);
		assertThat(byOrg).contains("Nguyễn Văn An").doesNotContain("Tổ dân phố số 1, phường Việt Hưng");
		String byCategory = page("/people?category=TO_TRUONG_TDP&unit=HN-LB-DG", Personas.FRONT_LONG_BIEN);
		long groups = jdbc.sql("select count(*) from admin_unit where code like 'HN-LB-DG-T%'")
			.query(Long.class)
			.single();
		assertThat(byCategory).contains(groups + " kết quả");
		long committee = jdbc.sql("select id from organisation where code = 'HN-TU'").query(Long.class).single();
		long cityManaged = jdbc
			.sql("select count(*) from person where managing_committee_id = ? and code like 'LB-CB-%'")
			.param(committee)
			.query(Long.class)
			.single();
		assertThat(cityManaged).isPositive();
		String byCommittee = page("/people?committee=" + committee, Personas.FRONT_LONG_BIEN);
		assertThat(byCommittee).contains(">" + cityManaged + " kết quả");
	}

	@Test
	void htmxRequestsGetOnlyTheRowsFragment() throws Exception {
		mvc.perform(
				get("/people").param("q", "an").header("HX-Request", "true").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andExpect(view().name("people/rows"));
		mvc.perform(get("/people").param("q", "an").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(view().name("people/list"));
	}

	@Test
	void theListExportsToXlsxInTheSameOrderAndScope() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/people/export.xlsx").param("unit", "HN-LB-DG-T01").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long expected = jdbc.sql(
				"select count(*) from person p join admin_unit g on g.id = p.residence_unit_id where g.code = 'HN-LB-DG-T01'")
			.query(Long.class)
			.single();
		try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			int header = 0;
			while (sheet.getRow(header) == null || sheet.getRow(header).getCell(1) == null
					|| !"Họ và tên".equals(sheet.getRow(header).getCell(1).getStringCellValue())) {
				header++;
			}
			List<String> names = new ArrayList<>();
			for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
				names.add(sheet.getRow(r).getCell(1).getStringCellValue());
			}
			assertThat(names).hasSize((int) expected);
			List<String> sorted = new ArrayList<>(names);
			sorted.sort(VietnameseNames.comparator());
			assertThat(names).isEqualTo(sorted);
		}
	}

	@Test
	void unitsOrganisationsAccountsAndAuditExportToXlsx() throws Exception {
		for (String url : new String[] { "/units/export.xlsx?q=giang", "/organisations/export.xlsx?type=MTTQ",
				"/admin/users/export.xlsx", "/admin/audit/export.xlsx" }) {
			byte[] xlsx = mvc.perform(get(url).with(As.page(Personas.ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
				assertThat(wb.getSheetAt(0).getLastRowNum()).as(url).isGreaterThan(1);
			}
		}
	}

}
