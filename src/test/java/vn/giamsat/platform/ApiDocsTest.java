package vn.giamsat.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract's endpoints are documented in OpenAPI, and health answers UP without an
 * account.
 */
@IntegrationTest
class ApiDocsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void openApiDescribesTheContractEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/imports/{dataset}")))
			.andExpect(content().string(containsString("/api/v1/imports/{dataset}/template.xlsx")))
			.andExpect(content().string(containsString("/api/v1/planner/solve")))
			.andExpect(content().string(containsString("/api/v1/people")))
			.andExpect(content().string(containsString("/api/v1/units/{code}")))
			.andExpect(content().string(containsString("/api/v1/organisations")));
	}

	@Test
	void healthIsUpWithoutSigningIn() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

}
