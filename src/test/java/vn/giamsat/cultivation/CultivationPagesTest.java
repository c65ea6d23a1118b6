package vn.giamsat.cultivation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.cultivation.internal.CommitmentDraft;
import vn.giamsat.cultivation.internal.CultivationPlanStore;
import vn.giamsat.cultivation.internal.checks.Area;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officer pages of a plan: detail with the next steps, entry on a member's behalf,
 * notice-board postings; and who is refused. Year 2022, cadres of its own.
 */
@IntegrationTest
class CultivationPagesTest {

	static final int YEAR = 2022;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CultivationPlans plans;

	@Autowired
	CultivationPlanStore store;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	long cadre(int n) {
		return jdbc.sql("""
				select p.id from person p join organisation m on m.id = p.managing_committee_id
				where m.code = 'LB-QU' and p.code like 'LB-CB-%' order by p.code offset ? limit 1""")
			.param(n)
			.query(Long.class)
			.single();
	}

	long submittedPlan(long person) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(Personas.PROPAGANDA, null,
					List.of(new SimpleGrantedAuthority("ROLE_PROPAGANDA_OFFICER"))));
		long id = plans.saveDraft(person, YEAR, "Còn nể nang", List.of(new CommitmentDraft(Area.WORK,
				"Hoàn thành 3 chuyên đề nghiệp vụ", "3 báo cáo", LocalDate.of(YEAR, 10, 31), List.of())));
		plans.submit(id, store.plan(id).orElseThrow().version());
		SecurityContextHolder.clearContext();
		return id;
	}

	@Test
	void theCommitteeSeesAPlanInItsScopeAndOutsidersAndOtherCadresAreRefused() throws Exception {
		long id = submittedPlan(cadre(30));
		mvc.perform(get("/cultivation/plans/" + id).with(As.page(Personas.PARTY_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Hoàn thành 3 chuyên đề nghiệp vụ")));
		mvc.perform(get("/cultivation/plans/" + id).with(As.page(Personas.CADRE))).andExpect(status().isForbidden());
		mvc.perform(get("/cultivation/plans/" + id).with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aClerkEntersAPlanOnAMembersBehalfAndACadreCannotUseThatPage() throws Exception {
		long person = cadre(31);
		mvc.perform(get("/cultivation/people/" + person + "/plan").param("year", "" + YEAR)
			.with(As.page(Personas.PROPAGANDA))).andExpect(status().isOk());
		mvc.perform(post("/cultivation/people/" + person + "/plan").with(As.page(Personas.PROPAGANDA))
			.with(csrf())
			.param("year", "" + YEAR)
			.param("action", "submit")
			.param("weaknesses", "Chưa sâu sát cơ sở")
			.param("area", "WORK")
			.param("task", "Kiểm tra 6 xã, phường về cải cách hành chính")
			.param("measure", "6 biên bản kiểm tra")
			.param("deadline", "30/11/2022")
			.param("criteria", "")).andExpect(status().is3xxRedirection());
		long id = store.planOf(person, YEAR).orElseThrow();
		assertThat(store.plan(id).orElseThrow().status()).isEqualTo(CultivationStatus.SUBMITTED);
		assertThat(
				jdbc.sql("select entered_by from cultivation_plan where id = ?").param(id).query(String.class).single())
			.isEqualTo(Personas.PROPAGANDA);

		mvc.perform(get("/cultivation/people/" + person + "/plan").with(As.page(Personas.CADRE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cultivation/people/" + person + "/plan").with(As.page(Personas.WOMENS_UNION)))
			.andExpect(status().isForbidden());
	}

	@Test
	void publishingFromThePlanPageRedirectsBackAndAWrongStepShowsTheReason() throws Exception {
		long id = submittedPlan(cadre(32));
		int version = store.plan(id).orElseThrow().version();
		mvc.perform(post("/cultivation/plans/" + id + "/publish").with(As.page(Personas.PARTY_COMMITTEE))
			.with(csrf())
			.param("version", "" + version))
			.andExpect(redirectedUrl("/cultivation/plans/" + id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("errors", List.of("Chỉ niêm yết kế hoạch đã được cấp ủy duyệt.")));
		assertThat(store.plan(id).orElseThrow().status()).isEqualTo(CultivationStatus.SUBMITTED);
		mvc.perform(post("/cultivation/plans/" + id + "/publish").with(As.page(Personas.CADRE))
			.with(csrf())
			.param("version", "" + version)).andExpect(status().isForbidden());
	}

	@Test
	void aPostingWithAFileThatIsNotAnImageIsShownAgainWithTheReasonAndACadreCannotPost() throws Exception {
		long before = jdbc.sql("select count(*) from cultivation_posting").query(Long.class).single();
		mvc.perform(multipart("/cultivation/postings")
			.file(new MockMultipartFile("photo", "anh.jpg", "image/jpeg", "MZ not really a jpeg file".getBytes()))
			.param("year", "" + YEAR)
			.param("place", "RESIDENCE")
			.param("placeCode", "HN-LB-DG-T01")
			.param("postedOn", "02/05/2022")
			.with(As.page(Personas.FRONT_LONG_BIEN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("không phải ảnh")));
		mvc.perform(multipart("/cultivation/postings")
			.file(new MockMultipartFile("photo", "anh.png", "image/png", new byte[] { 1 }))
			.param("year", "" + YEAR)
			.param("place", "RESIDENCE")
			.param("placeCode", "HN-LB-DG-T01")
			.param("postedOn", "31/02/2022")
			.with(As.page(Personas.FRONT_LONG_BIEN))
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(get("/cultivation/postings").with(As.page(Personas.CADRE))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from cultivation_posting").query(Long.class).single()).isEqualTo(before);
	}

}
