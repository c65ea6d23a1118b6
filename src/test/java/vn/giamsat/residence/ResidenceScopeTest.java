package vn.giamsat.residence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.identity.AccountManagement;
import vn.giamsat.platform.security.Role;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees what, on pages and the JSON API, against the demo's 2026 campaign of the
 * District Party Committee: the residence cell and Front work committee see only requests
 * for residents of their group, the workplace organisation only its campaign, the member
 * only their own returned comment; everybody else is refused.
 */
@IntegrationTest
class ResidenceScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	long campaign;

	long dgT01Request;

	long personaRequest;

	@BeforeEach
	void demoIds() throws Exception {
		ResidenceFixtures.ensure(mvc, jdbc, accounts);
		campaign = jdbc.sql("""
				select c.id from residence_campaign c join organisation o on o.id = c.organisation_id
				where o.code = 'LB-QU' and c.year = 2026""").query(Long.class).single();
		dgT01Request = requestOf(ResidenceFixtures.DG_T01_MEMBER);
		personaRequest = requestOf(Personas.CADRE_PERSON_CODE);
	}

	long requestOf(String code) {
		return jdbc.sql("""
				select r.id from residence_request r join person p on p.id = r.person_id
				where p.code = ? and r.campaign_id = ?""").params(code, campaign).query(Long.class).single();
	}

	@Test
	void workplaceClerkSeesItsCampaignOthersAreRefused() throws Exception {
		mvc.perform(get("/residence/campaigns/" + campaign).with(As.page(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lê Bá Vinh")));
		for (String other : new String[] { Personas.PARTY_CELL, Personas.FRONT_WORK_COMMITTEE, Personas.CADRE,
				Personas.FRONT_LONG_BIEN, Personas.LEADER }) {
			mvc.perform(get("/residence/campaigns/" + campaign).with(As.page(other))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/residence/campaigns/" + campaign)
			.with(ResidenceFixtures.page(ResidenceFixtures.CLERK, Role.PARTY_COMMITTEE_OFFICER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/residence/campaigns/" + campaign + "/tinh-hinh.xlsx").with(As.page(Personas.PARTY_CELL)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/residence/campaigns/" + campaign + "/send").with(csrf()).with(As.page(Personas.PARTY_CELL)))
			.andExpect(status().isForbidden());
	}

	@Test
	void residenceCellAndFrontCommitteeSeeOnlyRequestsForTheirGroup() throws Exception {
		mvc.perform(get("/residence").with(As.page(Personas.PARTY_CELL)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lê Bá Vinh")))
			.andExpect(content().string(not(containsString("Nguyễn Văn An"))));
		mvc.perform(get("/residence/requests/" + dgT01Request).with(As.page(Personas.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isOk());
		mvc.perform(get("/residence/requests/" + personaRequest).with(As.page(Personas.PARTY_CELL)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/residence/requests/" + dgT01Request)
			.with(ResidenceFixtures.page(ResidenceFixtures.T02_FRONT, Role.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/residence/requests").with(As.api(Personas.PARTY_CELL)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].residenceCell", everyItem(is("Chi bộ tổ dân phố số 1, phường Đức Giang"))))
			.andExpect(jsonPath("$[*].personCode", hasItem(ResidenceFixtures.DG_T01_MEMBER)));
		mvc.perform(get("/api/v1/residence/requests").with(As.api(Personas.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].residenceGroup", everyItem(is("Tổ dân phố số 1, phường Đức Giang"))));
		mvc.perform(get("/api/v1/residence/requests").with(As.api(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isForbidden());
	}

	@Test
	void memberSeesOnlyTheirOwnCommentWithoutTheLeadersOpinions() throws Exception {
		mvc.perform(get("/residence").with(As.page(Personas.CADRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhận xét năm 2026")))
			.andExpect(content().string(containsString("Chi bộ tổ dân phố số 13, phường Cự Khối")));
		mvc.perform(get("/residence/requests/" + personaRequest).with(As.page(Personas.CADRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhận xét của chi ủy nơi cư trú")))
			.andExpect(content().string(not(containsString("Trưởng Ban công tác Mặt trận"))));
		mvc.perform(get("/residence/requests/" + dgT01Request).with(As.page(Personas.CADRE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/residence/requests/" + personaRequest + "/nhan-xet.pdf").with(As.page(Personas.CADRE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/residence/my-comments").with(As.api(Personas.CADRE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].personId", everyItem(is(personId(Personas.CADRE_PERSON_CODE)))))
			.andExpect(jsonPath("$[*].year", hasItem(2026)));
		mvc.perform(get("/api/v1/residence/my-comments").with(As.api(Personas.PARTY_CELL)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/residence/campaigns/" + campaign).with(As.api(Personas.CADRE)))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiCampaignStatusOnlyForTheWorkplaceOrganisation() throws Exception {
		mvc.perform(get("/api/v1/residence/campaigns/" + campaign).with(As.api(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisation", is("LB-QU")))
			.andExpect(jsonPath("$.requests[*].personCode", hasItem(Personas.CADRE_PERSON_CODE)));
		mvc.perform(get("/api/v1/residence/campaigns/" + campaign).with(As.api(Personas.PARTY_CELL)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/residence/campaigns/" + campaign)).andExpect(status().isUnauthorized());
	}

	@Test
	void rolesWithoutAPartInTheWorkflowAreRefusedTheStartPage() throws Exception {
		for (String other : new String[] { Personas.LEADER, Personas.FRONT_LONG_BIEN, Personas.WOMENS_UNION,
				Personas.ADMIN }) {
			mvc.perform(get("/residence").with(As.page(other))).andExpect(status().isForbidden());
		}
	}

	@Test
	void opinionFromAnotherGroupsCommitteeIsRefusedOnThePageAndNothingIsWritten() throws Exception {
		mvc.perform(post("/residence/requests/" + dgT01Request + "/opinions").with(csrf())
			.with(ResidenceFixtures.page(ResidenceFixtures.T02_FRONT, Role.FRONT_WORK_COMMITTEE))
			.param("version", "0")
			.param("author", "FRONT_COMMITTEE_HEAD")
			.param("attendance", "GOOD")
			.param("example", "GOOD")
			.param("conduct", "GOOD")
			.param("movements", "GOOD")
			.param("content", "Ý kiến của tổ khác"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("ngoài phạm vi")));
		org.assertj.core.api.Assertions
			.assertThat(
					jdbc.sql("select count(*) from residence_opinion where request_id = ? and content like '%tổ khác%'")
						.param(dgT01Request)
						.query(Long.class)
						.single())
			.isZero();
	}

	int personId(String code) {
		return jdbc.sql("select id from person where code = ?").param(code).query(Integer.class).single();
	}

}
