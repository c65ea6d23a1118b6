package vn.giamsat.people;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person form: every mistake in Vietnamese at once, nothing saved; a change of
 * position kept as history.
 */
@IntegrationTest
class PersonFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ResultActions submit(String url, String... params) throws Exception {
		var request = post(url).with(As.page(Personas.FRONT_LONG_BIEN)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	@Test
	void aFormWithMistakesListsThemAllAndSavesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from person").query(Long.class).single();
		String page = submit("/people", "code", "FORM-P-1", "fullName", "  ", "gender", "MALE", "birthYear", "18x0",
				"partyMember", "true", "workplaceCode", "", "residenceUnitCode", "HN-LB-DG", "managingCommitteeCode",
				"LB-PNV", "category", "KEY_CADRE")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Năm sinh phải là số có 4 chữ số.");
		page = submit("/people", "code", "FORM-P-1", "fullName", "  ", "gender", "MALE", "birthYear", "1980",
				"partyMember", "true", "workplaceCode", "", "residenceUnitCode", "HN-LB-DG", "managingCommitteeCode",
				"LB-PNV", "category", "KEY_CADRE")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Chưa nhập tên").contains("phải là một tổ dân phố").contains("phải là một cấp ủy");
		assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aPersonIsCreatedAndAChangeOfPositionKeepsTheOldOneAsHistory() throws Exception {
		submit("/people", "code", "FORM-P-2", "fullName", "Đặng Thị Biểu Mẫu", "gender", "FEMALE", "birthYear", "1984",
				"partyMember", "true", "positionTitle", "Chuyên viên", "workplaceCode", "LB-PNV", "residenceUnitCode",
				"HN-LB-DG-T02", "managingCommitteeCode", "LB-QU", "category", "CADRE_PARTY_MEMBER")
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from person where code = 'FORM-P-2'").query(Long.class).single();
		int version = jdbc.sql("select version from person where id = ?").param(id).query(Integer.class).single();
		submit("/people/" + id, "fullName", "Đặng Thị Biểu Mẫu", "gender", "FEMALE", "birthYear", "1984", "partyMember",
				"true", "positionTitle", "Phó Trưởng phòng Nội vụ", "workplaceCode", "LB-PNV", "residenceUnitCode",
				"HN-LB-DG-T02", "managingCommitteeCode", "LB-QU", "category", "KEY_CADRE", "version",
				String.valueOf(version))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select title from person_position where person_id = ? order by id")
			.param(id)
			.query(String.class)
			.list()).containsExactly("Chuyên viên", "Phó Trưởng phòng Nội vụ");
		assertThat(jdbc.sql("select count(*) from person_position where person_id = ? and valid_to is null")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'Person' and entity_id = 'FORM-P-2'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aPersonOutsideTheOfficersScopeCannotBeCreatedThere() throws Exception {
		submit("/people", "code", "FORM-P-3", "fullName", "Ngoài Phạm Vi", "gender", "MALE", "partyMember", "true",
				"workplaceCode", "P-VH-UBND", "residenceUnitCode", "HN-P-VH-T01", "category", "CADRE_PARTY_MEMBER")
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from person where code = 'FORM-P-3'").query(Long.class).single()).isZero();
	}

}
