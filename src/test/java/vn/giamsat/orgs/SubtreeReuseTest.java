package vn.giamsat.orgs;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subtrees (every account's scope) are reused between requests while the structure is
 * unchanged; a unit added below is in the subtree, and in the scope of the officers above
 * it, from the next request on.
 */
@IntegrationTest
class SubtreeReuseTest {

	@Autowired
	OrgStructure structure;

	@Autowired
	MockMvc mvc;

	@Test
	void aUnitAddedBelowJoinsTheSubtreeAndTheScopeAtTheNextRequest() throws Exception {
		long ward = structure.unitByCode("HN-LB-DG").orElseThrow().id();
		var before = structure.subtreeUnitIds(ward);
		assertThat(structure.subtreeUnitIds(ward)).as("reused while unchanged").isSameAs(before);
		assertThatThrownBy(() -> before.add(1L)).isInstanceOf(UnsupportedOperationException.class);
		mvc.perform(get("/api/v1/stats/supervision?unit=HN-LB-DG").with(As.api(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk());

		String csv = "ma,ten,cap,ma_don_vi_cha,hieu_luc_tu,hieu_luc_den\n"
				+ "HN-LB-DG-T99,Tổ dân phố 99,TO_DAN_PHO,HN-LB-DG,2020-01-01,2025-06-30\n";
		mvc.perform(multipart("/api/v1/imports/units")
			.file(new MockMultipartFile("file", "units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(As.api(Personas.ADMIN))).andExpect(status().isOk());

		long group = structure.unitByCode("HN-LB-DG-T99").orElseThrow().id();
		assertThat(structure.subtreeUnitIds(ward)).contains(group).hasSize(before.size() + 1);
		mvc.perform(get("/api/v1/stats/supervision?unit=HN-LB-DG-T99").with(As.api(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/stats/supervision?unit=HN-LB-DG-T99").with(As.api(Personas.WOMENS_UNION)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/stats/supervision?unit=HN-LB-DG-T99").with(As.api(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isForbidden());
	}

}
