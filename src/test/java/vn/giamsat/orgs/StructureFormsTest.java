package vn.giamsat.orgs;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StructureFormsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
		return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aUnitFormWithMistakesComesBackWithVietnameseMessagesAndNothingSaved() throws Exception {
		long before = count("admin_unit");
		String page = body(mvc
			.perform(post("/units").with(As.page(Personas.FRONT_LONG_BIEN))
				.with(csrf())
				.param("code", "FORM-U-1")
				.param("name", "   ")
				.param("level", "RESIDENTIAL_GROUP")
				.param("parentCode", "HN-LB-DG")
				.param("validFrom", "31/02/2020")
				.param("validTo", ""))
			.andExpect(status().isOk()));
		assertThat(page).contains("Chưa nhập tên")
			.contains("Ngày không đúng định dạng ngày/tháng/năm.")
			.contains("value=\"FORM-U-1\"");
		assertThat(count("admin_unit")).isEqualTo(before);
	}

	@Test
	void aFrontOfficerCreatesAResidentialGroupInsideTheirScopeOnly() throws Exception {
		mvc.perform(post("/units").with(As.page(Personas.FRONT_LONG_BIEN))
			.with(csrf())
			.param("code", "FORM-U-2")
			.param("name", "Tổ dân phố số 99, phường Đức Giang")
			.param("level", "RESIDENTIAL_GROUP")
			.param("parentCode", "HN-LB-DG")
			.param("validFrom", "01/01/2020")
			.param("validTo", "30/06/2025")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select name_folded from admin_unit where code = 'FORM-U-2'").query(String.class).single())
			.isEqualTo("to dan pho so 99, phuong duc giang");
		mvc.perform(post("/units").with(As.page(Personas.FRONT_LONG_BIEN))
			.with(csrf())
			.param("code", "FORM-U-3")
			.param("name", "Tổ ngoài phạm vi")
			.param("level", "RESIDENTIAL_GROUP")
			.param("parentCode", "HN-P-VH")
			.param("validFrom", "01/08/2025")).andExpect(status().isForbidden());
		assertThat(count("admin_unit where code = 'FORM-U-3'")).isZero();
	}

	@Test
	void theSecondOfTwoConcurrentEditorsIsToldAndNothingIsOverwritten() throws Exception {
		long id = jdbc.sql("select id from admin_unit where code = 'HN-LB-TB'").query(Long.class).single();
		int version = jdbc.sql("select version from admin_unit where id = ?").param(id).query(Integer.class).single();
		mvc.perform(post("/units/" + id).with(As.page(Personas.ADMIN))
			.with(csrf())
			.param("name", "Phường Thạch Bàn")
			.param("level", "WARD")
			.param("parentCode", "HN-LB")
			.param("validFrom", "06/11/2003")
			.param("validTo", "30/06/2025")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		String page = body(mvc
			.perform(post("/units/" + id).with(As.page(Personas.ADMIN))
				.with(csrf())
				.param("name", "Phường Thạch Bàn (sửa chậm)")
				.param("level", "WARD")
				.param("parentCode", "HN-LB")
				.param("validFrom", "06/11/2003")
				.param("validTo", "30/06/2025")
				.param("version", String.valueOf(version)))
			.andExpect(status().isConflict()));
		assertThat(page).contains("vừa được người khác sửa");
		assertThat(jdbc.sql("select name from admin_unit where id = ?").param(id).query(String.class).single())
			.isEqualTo("Phường Thạch Bàn");
	}

	@Test
	void anAdministratorCorrectsTheShareOfALineageLink() throws Exception {
		long id = jdbc.sql("select id from admin_unit where code = 'HN-LB-GT'").query(Long.class).single();
		mvc.perform(post("/units/" + id + "/lineage").with(As.page(Personas.ADMIN))
			.with(csrf())
			.param("predecessor", "HN-LB-GT")
			.param("successor", "HN-P-BD")
			.param("share", "0,6")
			.param("legalReference", "Nghị quyết 1656/NQ-UBTVQH15")
			.param("effectiveDate", "01/07/2025")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				select l.share from unit_lineage l join admin_unit p on p.id = l.predecessor_id
				join admin_unit s on s.id = l.successor_id where p.code = 'HN-LB-GT' and s.code = 'HN-P-BD'""")
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("0.6");
		String refused = body(mvc
			.perform(post("/units/" + id + "/lineage").with(As.page(Personas.ADMIN))
				.with(csrf())
				.param("predecessor", "HN-LB-GT")
				.param("successor", "HN-P-BD")
				.param("share", "1,5")
				.param("effectiveDate", "01/07/2025"))
			.andExpect(status().isOk()));
		assertThat(refused).contains("Tỷ lệ phải lớn hơn 0 và không quá 1");
		String page = body(mvc.perform(get("/units/" + id).with(As.page(Personas.FRONT_LONG_BIEN))));
		assertThat(page).contains("Phường Bồ Đề").contains("0.6");
	}

	@Test
	void theUnitTreeSearchIgnoresDiacriticsAndTheChildrenFragmentLoadsLazily() throws Exception {
		String results = body(mvc.perform(get("/units").param("q", "duc giang").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk()));
		assertThat(results).contains("Phường Đức Giang");
		long district = jdbc.sql("select id from admin_unit where code = 'HN-LB'").query(Long.class).single();
		String children = body(mvc
			.perform(get("/units/" + district + "/children").header("HX-Request", "true")
				.with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk()));
		assertThat(children).contains("Phường Việt Hưng").doesNotContain("<html");
	}

}
