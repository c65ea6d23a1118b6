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
 * it, from the next request on (and not in anyone else's).
 */
@IntegrationTest
class SubtreeReuseTest {

	@Autowired
	OrgStructure structure;

	@Autowired
	MockMvc mvc;

	@Test
	void aUnitAddedBelowJoinsTheSubtreeAndTheScopeAtTheNextRequest() throws Exception {
		long city = structure.unitByCode("HN").orElseThrow().id();
		var before = structure.subtreeUnitIds(city);
		assertThat(structure.subtreeUnitIds(city)).as("reused while unchanged").isSameAs(before);
		assertThatThrownBy(() -> before.add(1L)).isInstanceOf(UnsupportedOperationException.class);
		mvc.perform(get("/api/v1/stats/supervision?unit=HN").with(As.api(Personas.LEADER))).andExpect(status().isOk());

		// a district of its own, so no other test's counts of Long Biên's units change
		String csv = "ma,ten,cap,ma_don_vi_cha,hieu_luc_tu,hieu_luc_den\n"
				+ "SRT,Quận thử SRT,QUAN_HUYEN,HN,2000-01-01,2025-06-30\n"
				+ "SRT-P1,Phường thử SRT,PHUONG_XA,SRT,2000-01-01,2025-06-30\n";
		mvc.perform(multipart("/api/v1/imports/units")
			.file(new MockMultipartFile("file", "units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(As.api(Personas.ADMIN))).andExpect(status().isOk());

		long ward = structure.unitByCode("SRT-P1").orElseThrow().id();
		assertThat(structure.subtreeUnitIds(city)).contains(ward).hasSize(before.size() + 2);
		mvc.perform(get("/api/v1/stats/supervision?unit=SRT-P1").with(As.api(Personas.LEADER)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/stats/supervision?unit=SRT-P1").with(As.api(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isForbidden());
	}

}
