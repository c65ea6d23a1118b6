package vn.giamsat.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opinions: written by the focal unit, invisible to the cadre until the Front Standing
 * Committee releases them, shown without authors, answered by the cadre.
 */
@IntegrationTest
class OpinionReleaseTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Opinions opinions;

	SupervisionFixtures fx;

	long cadre;

	LocalDate today;

	@BeforeEach
	void setUp() {
		fx = new SupervisionFixtures(jdbc);
		cadre = fx.person(Personas.CADRE_PERSON_CODE);
		today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@AfterEach
	void signOut() {
		SupervisionFixtures.signOut();
	}

	long write(String text, long... people) {
		SupervisionFixtures.signInAs(Personas.WOMENS_UNION, "MEMBER_ORG_OFFICER");
		List<OpinionDraft.Concerned> concerned = java.util.Arrays.stream(people)
			.mapToObj(p -> new OpinionDraft.Concerned(p, null))
			.toList();
		String code = opinions.write(SupervisionFixtures.YEAR,
				new OpinionDraft(today, OpinionKind.CRITICISM, OpinionTopic.INTERNAL_RULES, text, concerned));
		SupervisionFixtures.signOut();
		return jdbc.sql("select id from opinion where code = ?").param(code).query(Long.class).single();
	}

	String cadrePage() throws Exception {
		return mvc.perform(get("/supervision/my-opinions").with(As.page(Personas.CADRE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	String cadreApi() throws Exception {
		return mvc.perform(get("/api/v1/supervision/my-opinions").with(As.api(Personas.CADRE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aCadreNeverSeesAnUnreleasedOpinionAndAfterReleaseSeesItWithoutItsAuthor() throws Exception {
		long other = fx.subjectsOf("LB-PN").stream().filter(p -> p != cadre).findFirst().orElseThrow();
		long id = write("Chưa niêm yết lịch tiếp công dân tại trụ sở phòng (kiểm thử phát hành)", cadre, other);
		assertThat(cadrePage()).doesNotContain("kiểm thử phát hành");
		assertThat(cadreApi()).doesNotContain("kiểm thử phát hành");

		mvc.perform(
				post("/supervision/opinions/" + id + "/release").with(As.page(Personas.FRONT_LONG_BIEN)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String page = cadrePage();
		String api = cadreApi();
		assertThat(page).contains("kiểm thử phát hành");
		assertThat(api).contains("kiểm thử phát hành");
		for (String authorTrace : List.of("Hội Liên hiệp Phụ nữ", "LB-PN", Personas.WOMENS_UNION, "Lê Thị Mai",
				Personas.FRONT_LONG_BIEN, today.toString())) {
			assertThat(page).as("page leaks " + authorTrace).doesNotContain(authorTrace);
			assertThat(api).as("API leaks " + authorTrace).doesNotContain(authorTrace);
		}
		assertThat(api).doesNotContain("organisation").doesNotContain("createdBy").doesNotContain("releasedBy");
		assertThat(page).as("two organisations at most contributed: aggregated by subject matter")
			.contains("Vì có ít hơn 3 đơn vị góp ý")
			.contains("Nội quy, quy chế");
		assertThat(jdbc.sql("select released_by from opinion where id = ?").param(id).query(String.class).single())
			.isEqualTo(Personas.FRONT_LONG_BIEN);
	}

	@Test
	void onlyTheFrontStandingCommitteeOverTheAuthorReleases() throws Exception {
		long id = write("Ý kiến chỉ Ban Thường trực quận được chuyển", cadre);
		mvc.perform(post("/supervision/opinions/" + id + "/release").with(As.page(Personas.WOMENS_UNION)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/supervision/opinions/" + id + "/release").with(As.page(Personas.FRONT_VIET_HUNG)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/supervision/opinions/{code}/release",
				jdbc.sql("select code from opinion where id = ?").param(id).query(String.class).single())
			.with(As.api(Personas.CADRE))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select released_at is null from opinion where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theCadreAnswersAReleasedOpinionButCannotAnswerOneNotYetReleased() throws Exception {
		long unreleased = write("Ý kiến chưa chuyển, không trả lời được", cadre);
		String refused = mvc
			.perform(post("/api/v1/supervision/my-opinions/" + unreleased + "/answer").with(As.api(Personas.CADRE))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"EXPLAINED\",\"text\":\"Tôi xin giải trình\"}"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("chưa được chuyển tới đồng chí");
		assertThat(jdbc.sql("select count(*) from opinion_answer where opinion_id = ?")
			.param(unreleased)
			.query(Long.class)
			.single()).isZero();

		long released = write("Ý kiến đã chuyển để cán bộ trả lời", cadre);
		mvc.perform(post("/supervision/opinions/" + released + "/release").with(As.page(Personas.FRONT_LONG_BIEN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/supervision/my-opinions/" + released + "/answer").with(As.page(Personas.CADRE))
			.with(csrf())
			.param("kind", "ACCEPTED")
			.param("text", "  ")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from opinion_answer where opinion_id = ?")
			.param(released)
			.query(Long.class)
			.single()).as("an empty answer is refused").isZero();
		mvc.perform(post("/supervision/my-opinions/" + released + "/answer").with(As.page(Personas.CADRE))
			.with(csrf())
			.param("kind", "ACCEPTED")
			.param("text", "Từ tháng sau niêm yết lịch tiếp công dân tại bảng tin"))
			.andExpect(status().is3xxRedirection());
		assertThat(cadrePage()).contains("Từ tháng sau niêm yết lịch tiếp công dân tại bảng tin");
		String officers = mvc.perform(get("/supervision/opinions").with(As.page(Personas.WOMENS_UNION)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(officers).as("the author reads the answer").contains("Từ tháng sau niêm yết lịch tiếp công dân");
	}

	@Test
	void aCadreCannotAnswerAnOpinionAboutSomeoneElse() throws Exception {
		long other = fx.subjectsOf("LB-PN").stream().filter(p -> p != cadre).findFirst().orElseThrow();
		long id = write("Ý kiến về người khác", other);
		mvc.perform(
				post("/supervision/opinions/" + id + "/release").with(As.page(Personas.FRONT_LONG_BIEN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/supervision/my-opinions/" + id + "/answer").with(As.api(Personas.CADRE))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"EXPLAINED\",\"text\":\"Không phải của tôi\"}")).andExpect(status().isNotFound());
		assertThat(cadrePage()).doesNotContain("Ý kiến về người khác");
	}

	@Test
	void anOpinionWithoutPeopleOrWithTheSamePersonTwiceIsRefusedAndNothingIsWritten() {
		long before = fx.count("opinion");
		SupervisionFixtures.signInAs(Personas.WOMENS_UNION, "MEMBER_ORG_OFFICER");
		assertThatThrownBy(() -> opinions.write(SupervisionFixtures.YEAR,
				new OpinionDraft(today, OpinionKind.SUGGESTION, OpinionTopic.OTHER, "Không có ai", List.of())))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems())
				.anySatisfy(p -> assertThat(p.code()).isEqualTo("supervision.error.noPerson")));
		assertThatThrownBy(() -> opinions.write(SupervisionFixtures.YEAR,
				new OpinionDraft(today, OpinionKind.SUGGESTION, OpinionTopic.OTHER, "Hai lần",
						List.of(new OpinionDraft.Concerned(cadre, null), new OpinionDraft.Concerned(cadre, null)))))
			.isInstanceOf(UserInputException.class);
		assertThat(fx.count("opinion")).isEqualTo(before);
	}

	@Test
	void anOpinionFormWithoutPeopleShowsTheVietnameseMessage() throws Exception {
		String html = mvc
			.perform(post("/supervision/opinions").with(As.page(Personas.WOMENS_UNION))
				.with(csrf())
				.param("date", vn.giamsat.platform.web.DateInput.format(today))
				.param("kind", "SUGGESTION")
				.param("topic", "OTHER")
				.param("text", "Không chọn ai"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Vui lòng chọn ít nhất một người.");
	}

	@Autowired
	vn.giamsat.cultivation.CultivationPlans cultivation;

	@Test
	void anOpinionMayPointAtACommitmentOfThePersonsOwnPlanButNotOfSomeoneElses() {
		List<Long> subjects = fx.subjectsOf("LB-PN").stream().filter(p -> p != cadre).toList();
		long person = subjects.get(subjects.size() - 1);
		long stranger = subjects.get(subjects.size() - 2);
		SupervisionFixtures.signInAs(Personas.PROPAGANDA, "PROPAGANDA_OFFICER");
		long plan = cultivation.saveDraft(person, SupervisionFixtures.YEAR, "Còn chậm trả lời đơn thư",
				List.of(new vn.giamsat.cultivation.internal.CommitmentDraft(
						vn.giamsat.cultivation.internal.checks.Area.WORK, "Trả lời 100% đơn thư trong 10 ngày",
						"Sổ theo dõi đơn thư", null, List.of())));
		long commitment = jdbc.sql("select id from cultivation_commitment where plan_id = ?")
			.param(plan)
			.query(Long.class)
			.single();
		SupervisionFixtures.signInAs(Personas.WOMENS_UNION, "MEMBER_ORG_OFFICER");
		assertThatThrownBy(() -> opinions.write(SupervisionFixtures.YEAR,
				new OpinionDraft(today, OpinionKind.SUGGESTION, OpinionTopic.CULTIVATION_PLAN, "Cam kết của người khác",
						List.of(new OpinionDraft.Concerned(stranger, commitment)))))
			.isInstanceOf(UserInputException.class);
		String code = opinions.write(SupervisionFixtures.YEAR,
				new OpinionDraft(today, OpinionKind.SUGGESTION, OpinionTopic.CULTIVATION_PLAN,
						"Cần báo cáo tiến độ cam kết trả lời đơn thư",
						List.of(new OpinionDraft.Concerned(person, commitment))));
		assertThat(jdbc.sql("""
				select x.commitment_id from opinion_person x join opinion o on o.id = x.opinion_id where o.code = ?""")
			.param(code)
			.query(Long.class)
			.single()).isEqualTo(commitment);
	}

}
