package vn.giamsat.stats;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may ask for which unit's statistics, and every kind of bad question answered with a
 * Vietnamese problem+json (4xx, never 5xx).
 */
@IntegrationTest
class StatsAccessAndInputTest {

	@Autowired
	MockMvc mvc;

	ResultActions api(String query, String persona) throws Exception {
		return mvc.perform(get("/api/v1/stats/supervision?" + query).with(As.api(persona)));
	}

	@Test
	void aCallerMayOnlyAskForUnitsInTheirScope() throws Exception {
		api("from=2025-01-01&to=2025-12-31&unit=HN-LB", Personas.FRONT_LONG_BIEN).andExpect(status().isOk());
		api("from=2025-01-01&to=2025-12-31&unit=HN-LB", Personas.FRONT_VIET_HUNG).andExpect(status().isForbidden());
		api("from=2025-01-01&to=2025-12-31&unit=HN", Personas.FRONT_LONG_BIEN).andExpect(status().isForbidden());
		api("from=2025-01-01&to=2025-12-31&unit=HN-P-VH", Personas.FRONT_VIET_HUNG).andExpect(status().isOk());
		api("from=2025-01-01&to=2025-12-31&unit=HN", Personas.LEADER).andExpect(status().isOk());
	}

	@Test
	void rolesWithoutStatisticsAreRefused() throws Exception {
		api("unit=HN-LB", Personas.CADRE).andExpect(status().isForbidden());
		api("unit=HN-LB", Personas.PROPAGANDA).andExpect(status().isForbidden());
		api("unit=HN-LB", Personas.PARTY_CELL).andExpect(status().isForbidden());
		mvc.perform(get("/stats?unit=HN-LB").with(As.page(Personas.CADRE))).andExpect(status().isForbidden());
		mvc.perform(get("/stats/report.pdf?unit=HN-LB").with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aResidentialGroupCommitteeSeesItsGroupAndAMemberOrganisationOnlyItsOwnRecords() throws Exception {
		mvc.perform(get("/stats").with(As.page(Personas.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"HN-LB-DG-T01\"")));
		api("from=2018-01-01&to=2020-12-31&unit=HN-LB", Personas.WOMENS_UNION).andExpect(status().isOk())
			.andExpect(jsonPath("$.byOrganisationType[?(@.type=='MTTQ' && @.level=='QUAN_HUYEN')].records").value(0));
	}

	@Test
	void withoutUnitTheRootOfTheCallersScopeIsCounted() throws Exception {
		api("from=2025-01-01&to=2025-12-31", Personas.FRONT_VIET_HUNG).andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value("HN-P-VH"));
	}

	@Test
	void badQuestionsAreAnsweredInVietnameseWith422() throws Exception {
		api("from=2025-13-01&to=2025-12-31&unit=HN-LB", Personas.FRONT_LONG_BIEN)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.detail").value(containsString("Ngày")));
		api("from=2025-12-31&to=2025-01-01&unit=HN-LB", Personas.FRONT_LONG_BIEN)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("phải trước hoặc bằng")));
		api("from=2025-01-01&to=2025-12-31&unit=KHONG-CO", Personas.FRONT_LONG_BIEN)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("KHONG-CO")));
		api("from=2010-01-01&to=2025-12-31&unit=HN-LB", Personas.FRONT_LONG_BIEN)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("10 năm")));
		mvc.perform(get("/stats/list?kind=khac&unit=HN-LB").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/stats?from=32/01/2025&unit=HN-LB").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("Ngày không đúng định dạng")));
	}

}
