package vn.giamsat.supervision;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Closing a recommendation: only the issuing Front closes it, on the version it saw; a
 * stale page, another organisation or a second close is refused with a reason on the page
 * (or 403), and nothing changes.
 */
@IntegrationTest
class RecommendationClosingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecommendationIssuing issuing;

	@Autowired
	RecommendationLifecycle lifecycle;

	SupervisionFixtures fx;

	LocalDate today;

	@BeforeEach
	void setUp() {
		fx = new SupervisionFixtures(jdbc);
		today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@AfterEach
	void signOut() {
		SupervisionFixtures.signOut();
	}

	/**
	 * Issued by the Long Biên Front about the demo cadre and answered by the district
	 * party committee that manages them.
	 */
	long answered(String text) throws Exception {
		long person = fx.person(Personas.CADRE_PERSON_CODE);
		SupervisionFixtures.signInAs(Personas.FRONT_LONG_BIEN, "FRONT_OFFICER");
		long id = issuing.issue(new RecommendationDraft(RecommendationSource.REGULAR, null, null, person, null, null,
				text, today, null));
		SupervisionFixtures.signOut();
		mvc.perform(post("/supervision/recommendations/" + id + "/respond").with(As.page(Personas.PARTY_COMMITTEE))
			.with(csrf())
			.param("version", "0")
			.param("response", "ACCEPTED")
			.param("text", "Đã chỉ đạo thực hiện")).andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("ANSWERED:1");
		return id;
	}

	ResultActions close(long id, String persona, int version) throws Exception {
		return mvc.perform(post("/supervision/recommendations/" + id + "/close").with(As.page(persona))
			.with(csrf())
			.param("version", String.valueOf(version)));
	}

	String state(long id) {
		return jdbc.sql("select status || ':' || version from recommendation where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	long closeAudits(long id) {
		return jdbc.sql("""
				select count(*) from audit_event where entity_type = 'Recommendation' and action = 'CLOSE'
				and entity_id = ?""").param(String.valueOf(id)).query(Long.class).single();
	}

	@Test
	void theIssuingFrontClosesAnAnsweredRecommendationOnTheVersionItSawAndItIsAudited() throws Exception {
		long id = answered("Đề nghị niêm yết công khai thủ tục cấp phép xây dựng");
		close(id, Personas.FRONT_LONG_BIEN, 1).andExpect(redirectedUrl("/supervision/recommendations/" + id))
			.andExpect(flash().attribute("flash", "form.saved"));
		assertThat(state(id)).isEqualTo("CLOSED:2");
		assertThat(closeAudits(id)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select actor || ' ' || before_state || ' ' || after_state from audit_event
				where entity_type = 'Recommendation' and action = 'CLOSE' and entity_id = ?""")
			.param(String.valueOf(id))
			.query(String.class)
			.single()).contains(Personas.FRONT_LONG_BIEN).contains("ANSWERED").contains("CLOSED");
	}

	@Test
	void aStaleVersionIsRefusedWithTheConcurrentEditMessageAndNothingChanges() throws Exception {
		long id = answered("Đề nghị rà soát việc tiếp công dân định kỳ");
		close(id, Personas.FRONT_LONG_BIEN, 0).andExpect(redirectedUrl("/supervision/recommendations/" + id))
			.andExpect(flash().attribute("errors", contains("Dữ liệu vừa được người khác sửa trước đồng chí. "
					+ "Vui lòng tải lại trang, xem thay đổi mới rồi sửa lại; chưa có gì bị ghi đè.")));
		assertThat(state(id)).isEqualTo("ANSWERED:1");
		assertThat(closeAudits(id)).isZero();
	}

	@Test
	void anotherOrganisationMayNotCloseIt() throws Exception {
		long id = answered("Đề nghị báo cáo kết quả khắc phục sau giám sát");
		close(id, Personas.FRONT_VIET_HUNG, 1).andExpect(status().isForbidden());
		close(id, Personas.PARTY_COMMITTEE, 1).andExpect(status().isForbidden());
		close(id, Personas.LEADER, 1).andExpect(status().isForbidden());
		SupervisionFixtures.signInAs(Personas.FRONT_VIET_HUNG, "FRONT_OFFICER");
		assertThatThrownBy(() -> lifecycle.close(id, 1)).isInstanceOf(OutOfScopeException.class);
		assertThat(state(id)).isEqualTo("ANSWERED:1");
		assertThat(closeAudits(id)).isZero();
	}

	@Test
	void aClosedRecommendationCannotBeClosedAgain() throws Exception {
		long id = answered("Đề nghị công khai kết quả xử lý đơn thư");
		close(id, Personas.FRONT_LONG_BIEN, 1).andExpect(status().is3xxRedirection());
		close(id, Personas.FRONT_LONG_BIEN, 2).andExpect(redirectedUrl("/supervision/recommendations/" + id))
			.andExpect(flash().attribute("errors", contains("Kiến nghị đã kết thúc theo dõi.")));
		assertThat(state(id)).isEqualTo("CLOSED:2");
		assertThat(closeAudits(id)).isEqualTo(1);
		SupervisionFixtures.signInAs(Personas.FRONT_LONG_BIEN, "FRONT_OFFICER");
		assertThatThrownBy(() -> lifecycle.close(id, 2)).isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(p -> p.code())
				.containsExactly("supervision.error.closed"));
	}

}
