package vn.giamsat.residence;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.identity.AccountManagement;
import vn.giamsat.residence.internal.RequestRow;
import vn.giamsat.residence.internal.RequestStore;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input through the pages: the officer gets the form back with Vietnamese reasons,
 * never a 5xx, and nothing is written. Years 2033–2034 belong to this class.
 */
@IntegrationTest
class ResidencePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RequestStore requests;

	@BeforeEach
	void fixtures() throws Exception {
		ResidenceFixtures.ensure(mvc, jdbc, accounts);
	}

	@Test
	void campaignWithAWrongYearOrDateIsRefusedWithVietnameseReasons() throws Exception {
		mvc.perform(post("/residence/campaigns").with(csrf())
			.with(As.page(Personas.PARTY_COMMITTEE))
			.param("year", "hai nghìn")
			.param("due", "31/02/2033"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Năm phải là số từ 2000 đến 2100.")));
		mvc.perform(post("/residence/campaigns").with(csrf())
			.with(As.page(Personas.PARTY_COMMITTEE))
			.param("year", "2033")
			.param("due", "15/01/2034"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hạn gửi lại phải nằm trong năm 2033.")));
		assertThat(jdbc.sql("select count(*) from residence_campaign where year = 2033").query(Long.class).single())
			.isZero();
	}

	@Test
	void campaignCreatedFromThePageOpensItsListAndExemptionNeedsAReason() throws Exception {
		mvc.perform(post("/residence/campaigns").with(csrf())
			.with(As.page(Personas.PARTY_COMMITTEE))
			.param("year", "2034")
			.param("due", "15/11/2034")).andExpect(status().is3xxRedirection());
		RequestRow first = campaignRows(2034).get(0);
		mvc.perform(post("/residence/requests/" + first.id() + "/exemption").with(csrf())
			.with(As.page(Personas.PARTY_COMMITTEE))
			.param("version", String.valueOf(first.version()))
			.param("category", "STUDENT_AWAY")
			.param("reason", ""))
			.andExpect(redirectedUrl("/residence/campaigns/" + first.campaignId()))
			.andExpect(flash().attribute("errors", hasItem("Chưa nhập nội dung.")));
		assertThat(requests.request(first.id()).orElseThrow().state()).isEqualTo(RequestState.LISTED);
		mvc.perform(post("/residence/requests/" + first.id() + "/exemption").with(csrf())
			.with(As.page(Personas.PARTY_COMMITTEE))
			.param("version", String.valueOf(first.version()))
			.param("category", "STUDENT_AWAY")
			.param("reason", "Học tập trung tại Học viện")).andExpect(flash().attribute("flash", "Đã lưu."));
		RequestRow exempt = requests.request(first.id()).orElseThrow();
		assertThat(exempt.state()).isEqualTo(RequestState.EXEMPT);
		assertThat(exempt.dueDate()).hasToString("2034-11-15");
		mvc.perform(post("/residence/requests/" + first.id() + "/unexempt").with(csrf())
			.with(As.page(Personas.PARTY_COMMITTEE))
			.param("version", String.valueOf(exempt.version()))).andExpect(flash().attribute("flash", "Đã lưu."));
		assertThat(requests.request(first.id()).orElseThrow().state()).isEqualTo(RequestState.LISTED);
		mvc.perform(post("/residence/campaigns/" + first.campaignId() + "/members").with(csrf())
			.with(As.page(Personas.PARTY_COMMITTEE))
			.param("code", "KHONG-CO-MA")
			.param("reason", "Thử"))
			.andExpect(flash().attribute("errors", hasItem("Không tìm thấy cán bộ, đảng viên có mã \"KHONG-CO-MA\".")));
	}

	@Test
	void scriptInACommentIsShownAsTextOnThePage() throws Exception {
		long campaign = jdbc.sql("""
				select c.id from residence_campaign c join organisation o on o.id = c.organisation_id
				where o.code = 'LB-QU' and c.year = 2026""").query(Long.class).single();
		long request = jdbc.sql("""
				select r.id from residence_request r join person p on p.id = r.person_id
				where p.code = ? and r.campaign_id = ?""")
			.params(ResidenceFixtures.DG_T01_MEMBER, campaign)
			.query(Long.class)
			.single();
		int version = requests.request(request).orElseThrow().version();
		mvc.perform(post("/residence/requests/" + request + "/opinions").with(csrf())
			.with(As.page(Personas.FRONT_WORK_COMMITTEE))
			.param("version", String.valueOf(version))
			.param("author", "GROUP_HEAD")
			.param("attendance", "GOOD")
			.param("example", "GOOD")
			.param("conduct", "GOOD")
			.param("movements", "NOT")
			.param("content", "<script>alert(1)</script>")).andExpect(flash().attribute("flash", "form.saved"));
		mvc.perform(get("/residence/requests/" + request).with(As.page(Personas.PARTY_CELL)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
	}

	List<RequestRow> campaignRows(int year) {
		long id = jdbc.sql("""
				select c.id from residence_campaign c join organisation o on o.id = c.organisation_id
				where o.code = 'LB-QU' and c.year = ?""").param(year).query(Long.class).single();
		return requests.ofCampaign(id);
	}

}
