package vn.giamsat.stats;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residence comments returned under Regulation 213 feed the statistics: one per member
 * and year, counted where the member lives, equal to the residence module's own rows.
 */
@IntegrationTest
class StatsResidenceCommentsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDistrictCountsTheResidenceCommentsReturnedForItsResidents() throws Exception {
		long expected = jdbc
			.sql("""
					select count(*) from residence_request r join admin_unit g on g.id = r.residence_unit_id
					where r.state = 'RETURNED' and (g.code like 'HN-LB-%' or g.code like 'HN-P-%')
					and (r.returned_at at time zone 'Asia/Ho_Chi_Minh')::date between date '2026-01-01' and date '2026-12-31'""")
			.query(Long.class)
			.single();
		assertThat(expected).as("the demo's 2026 campaign has returned comments").isPositive();

		mvc.perform(get("/api/v1/stats/supervision").param("from", "2026-01-01")
			.param("to", "2026-12-31")
			.param("unit", "HN-LB")
			.with(As.api(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.residenceComments").value(expected));
	}

	@Test
	void aMemberOrganisationSeesNoResidenceCommentsOfTheParty() throws Exception {
		mvc.perform(get("/api/v1/stats/supervision").param("from", "2026-01-01")
			.param("to", "2026-12-31")
			.param("unit", "HN-LB")
			.with(As.api(Personas.WOMENS_UNION)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.residenceComments").value(0));
	}

}
