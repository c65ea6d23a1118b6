package vn.giamsat.stats;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coverage: assignments without a record and people without a recent record, from the
 * article dataset (every one of TKC's 104 assigned cadres has 2019 records by someone,
 * but not always by their focal unit).
 */
@IntegrationTest
class CoverageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void data() throws Exception {
		ArticleDataset.load(new StatsImports(mvc), jdbc);
	}

	@Test
	void assignmentsWithoutAnyRecordOfTheirFocalUnitAreListed() throws Exception {
		long expected = jdbc.sql("""
				select count(*) from plan_assignment a join plan_subject s on s.id = a.subject_id
				join supervision_plan pl on pl.id = a.plan_id join organisation o on o.id = pl.owner_id
				where o.code = 'TKC-MTTQ' and not exists (select 1 from supervision_record r
				  where r.person_id = s.person_id and r.organisation_id = a.focal_unit_id
				  and extract(year from r.record_date) = 2019)""").query(Long.class).single();
		mvc.perform(get("/stats/coverage?unit=TKC&year=2019&months=6").with(As.page(Personas.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(expected + " phân công năm 2019 chưa có lượt giám sát nào")))
			// no TKC record since 2021: all 804 people of TKC's agency are listed as
			// unsupervised
			.andExpect(content().string(containsString("804 người chưa có lượt giám sát nào")));
	}

	@Test
	void coverageIsRefusedOutsideTheScopeAndForBadMonths() throws Exception {
		mvc.perform(get("/stats/coverage?unit=TKC").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/stats/coverage?unit=HN-LB&months=abc").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(not(containsString("TKC-CB-"))));
	}

}
