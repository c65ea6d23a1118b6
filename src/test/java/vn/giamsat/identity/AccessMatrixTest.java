package vn.giamsat.identity;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * For every role, the pages and API endpoints of the structure and people answer inside
 * the account's scope and refuse outside it. Scopes in the demo: the Long Biên Front
 * officer sees the former district; the Việt Hưng officer the new ward; the Front work
 * committee one residential group; the cadre only themself; the administrator and the Hà
 * Nội leader everything.
 */
@IntegrationTest
class AccessMatrixTest {

	static final String OLD_WARD = "HN-LB-DG";

	static final String OLD_GROUP = "HN-LB-DG-T01";

	static final String NEW_WARD = "HN-P-VH";

	static final String DISTRICT_PERSON = Personas.CADRE_PERSON_CODE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> unitPages() {
		return Stream.of(Arguments.of(Personas.ADMIN, OLD_WARD, 200), Arguments.of(Personas.ADMIN, NEW_WARD, 200),
				Arguments.of(Personas.LEADER, OLD_WARD, 200), Arguments.of(Personas.LEADER, NEW_WARD, 200),
				Arguments.of(Personas.FRONT_LONG_BIEN, OLD_WARD, 200),
				Arguments.of(Personas.FRONT_LONG_BIEN, NEW_WARD, 403),
				Arguments.of(Personas.FRONT_VIET_HUNG, NEW_WARD, 200),
				Arguments.of(Personas.FRONT_VIET_HUNG, OLD_WARD, 403),
				Arguments.of(Personas.WOMENS_UNION, OLD_WARD, 200), Arguments.of(Personas.WOMENS_UNION, NEW_WARD, 403),
				Arguments.of(Personas.PARTY_COMMITTEE, OLD_WARD, 200),
				Arguments.of(Personas.PARTY_COMMITTEE, NEW_WARD, 403), Arguments.of(Personas.PROPAGANDA, OLD_WARD, 200),
				Arguments.of(Personas.PROPAGANDA, NEW_WARD, 403),
				Arguments.of(Personas.FRONT_WORK_COMMITTEE, OLD_GROUP, 200),
				Arguments.of(Personas.FRONT_WORK_COMMITTEE, OLD_WARD, 403),
				Arguments.of(Personas.PARTY_CELL, OLD_GROUP, 200), Arguments.of(Personas.PARTY_CELL, OLD_WARD, 403),
				Arguments.of(Personas.CADRE, OLD_WARD, 403));
	}

	@ParameterizedTest(name = "{0} opens unit {1}: {2}")
	@MethodSource("unitPages")
	void unitPageAnswersInsideScopeAndRefusesOutside(String persona, String unitCode, int expected) throws Exception {
		long id = unitId(unitCode);
		mvc.perform(get("/units/" + id).with(As.page(persona))).andExpect(status().is(expected));
		mvc.perform(get("/api/v1/units/" + unitCode).with(As.api(persona))).andExpect(status().is(expected));
	}

	static Stream<Arguments> personPages() {
		String newWardPerson = "P-VH-CB-%";
		return Stream.of(Arguments.of(Personas.ADMIN, DISTRICT_PERSON, 200),
				Arguments.of(Personas.FRONT_LONG_BIEN, DISTRICT_PERSON, 200),
				Arguments.of(Personas.FRONT_VIET_HUNG, DISTRICT_PERSON, 403),
				Arguments.of(Personas.FRONT_VIET_HUNG, newWardPerson, 200),
				Arguments.of(Personas.FRONT_LONG_BIEN, newWardPerson, 403),
				Arguments.of(Personas.CADRE, DISTRICT_PERSON, 200), Arguments.of(Personas.CADRE, "LB-DG-CB-%", 403),
				Arguments.of(Personas.FRONT_WORK_COMMITTEE, DISTRICT_PERSON, 403),
				Arguments.of(Personas.LEADER, newWardPerson, 200));
	}

	@ParameterizedTest(name = "{0} opens person {1}: {2}")
	@MethodSource("personPages")
	void personPageAnswersInsideScopeAndRefusesOutside(String persona, String codePattern, int expected)
			throws Exception {
		String code = jdbc.sql("select code from person where code like ? order by code limit 1")
			.param(codePattern)
			.query(String.class)
			.single();
		long id = jdbc.sql("select id from person where code = ?").param(code).query(Long.class).single();
		mvc.perform(get("/people/" + id).with(As.page(persona))).andExpect(status().is(expected));
		mvc.perform(get("/api/v1/people/" + code).with(As.api(persona))).andExpect(status().is(expected));
	}

	@Test
	void frontWorkCommitteeListsOnlyPeopleOfItsResidentialGroup() throws Exception {
		String body = mvc.perform(get("/api/v1/people?size=200").with(As.api(Personas.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long expected = jdbc.sql("""
				select count(*) from person p left join organisation w on w.id = p.workplace_id
				join admin_unit g on g.code = ?
				where p.residence_unit_id = g.id or w.unit_id = g.id""").param(OLD_GROUP).query(Long.class).single();
		assertThat(expected).isPositive();
		assertThat(body).contains("\"total\":" + expected + ",");
	}

	@Test
	void frontOfficerOfLongBienDoesNotFindPeopleOfTheNewWardBySearch() throws Exception {
		String name = jdbc.sql("select full_name from person where code like 'P-VH-CB-%' order by code limit 1")
			.query(String.class)
			.single();
		String asLongBien = mvc.perform(get("/api/v1/people").param("q", name).with(As.api(Personas.FRONT_LONG_BIEN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String asVietHung = mvc.perform(get("/api/v1/people").param("q", name).with(As.api(Personas.FRONT_VIET_HUNG)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asVietHung).contains(name);
		assertThat(asLongBien).doesNotContain("P-VH-CB-");
	}

	@Test
	void cadreCannotOpenListsOfUnitsOrPeople() throws Exception {
		mvc.perform(get("/units").with(As.page(Personas.CADRE))).andExpect(status().isForbidden());
		mvc.perform(get("/people").with(As.page(Personas.CADRE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/people").with(As.api(Personas.CADRE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/units").with(As.api(Personas.CADRE))).andExpect(status().isForbidden());
	}

	@Test
	void onlyAdministratorsManageAccountsAndReadTheAuditLog() throws Exception {
		for (String persona : new String[] { Personas.FRONT_LONG_BIEN, Personas.LEADER, Personas.PARTY_COMMITTEE }) {
			mvc.perform(get("/admin/users").with(As.page(persona))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/audit").with(As.page(persona))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/audit/verify").with(As.api(persona))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/users").with(As.page(Personas.ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/admin/audit").with(As.page(Personas.ADMIN))).andExpect(status().isOk());
	}

	@Test
	void readOnlyAndMemberRolesCannotOpenEditFormsOrImports() throws Exception {
		for (String persona : new String[] { Personas.LEADER, Personas.WOMENS_UNION, Personas.FRONT_WORK_COMMITTEE,
				Personas.CADRE }) {
			mvc.perform(get("/units/new").with(As.page(persona))).andExpect(status().isForbidden());
			mvc.perform(get("/people/new").with(As.page(persona))).andExpect(status().isForbidden());
			mvc.perform(get("/imports").with(As.page(persona))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/imports/people/template.xlsx").with(As.api(persona)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/units/new").with(As.page(Personas.FRONT_LONG_BIEN))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/imports/people/template.xlsx").with(As.api(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndTheApiAnswers401InVietnamese() throws Exception {
		mvc.perform(get("/people"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		mvc.perform(get("/api/v1/people"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Cần đăng nhập")));
	}

	@Test
	void wrongPasswordOnTheApiIsRefused() throws Exception {
		mvc.perform(get("/api/v1/units")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(Personas.LEADER, "not-the-password")))
			.andExpect(status().isUnauthorized());
	}

	private long unitId(String code) {
		return jdbc.sql("select id from admin_unit where code = ?").param(code).query(Long.class).single();
	}

}
