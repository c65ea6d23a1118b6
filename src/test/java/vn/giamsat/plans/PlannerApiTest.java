package vn.giamsat.plans;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract's stateless planner endpoint, its answers and its refusals. */
@IntegrationTest
class PlannerApiTest {

	@Autowired
	MockMvc mvc;

	ResultActions solve(String json) throws Exception {
		return mvc.perform(post("/api/v1/planner/solve").contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(As.api(Personas.FRONT_LONG_BIEN)));
	}

	@Test
	void solvesABalancedPlanWithAProvenBoundAndKeepsGroupsTogether() throws Exception {
		solve("""
				{"units":[{"id":"MTTQ","capacity":2.0},{"id":"HPN","capacity":1.0}],
				 "subjects":[{"id":"P1","group":"UBND","forbidden":["HPN"]},{"id":"P2","group":"UBND"},
				             {"id":"P3","group":"UBND"},{"id":"P4","group":"HDND"},{"id":"P5","group":"HDND"},
				             {"id":"P6","group":"HDND","forbidden":[]}],
				 "timeLimitMillis":5000}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments.length()").value(6))
			.andExpect(jsonPath("$.assignments[0].unit").value("MTTQ"))
			.andExpect(jsonPath("$.balance").value(0.0))
			.andExpect(jsonPath("$.lowerBound").value(0.0))
			.andExpect(jsonPath("$.optimal").value(true))
			.andExpect(jsonPath("$.millis").isNumber());
	}

	@Test
	void namesTheSubjectsThatHaveNoAllowedUnit() throws Exception {
		solve("""
				{"units":[{"id":"A","capacity":1},{"id":"B","capacity":1}],
				 "subjects":[{"id":"S1","forbidden":["A","B"]},{"id":"S2"}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("S1"))));
	}

	@Test
	void refusesEmptySubjectsBadCapacitiesDuplicatesAndUnknownUnits() throws Exception {
		solve("""
				{"units":[{"id":"A","capacity":1}],"subjects":[]}""").andExpect(status().isUnprocessableContent());
		solve("""
				{"units":[{"id":"A","capacity":0},{"id":"B","capacity":-1}],"subjects":[{"id":"S1"}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(2));
		solve("""
				{"units":[{"id":"A","capacity":1}],"subjects":[{"id":"S1"},{"id":"S1"}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("S1")));
		solve("""
				{"units":[{"id":"A","capacity":1}],"subjects":[{"id":"S1","forbidden":["Z"]}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("Z")));
		solve("not json").andExpect(status().isBadRequest());
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		mvc.perform(post("/api/v1/planner/solve").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

}
