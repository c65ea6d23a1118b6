package vn.giamsat.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.platform.mail.MailDelivery;
import vn.giamsat.platform.web.DashboardContributor;
import vn.giamsat.platform.web.UserInputException;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;
import vn.giamsat.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recommendations: addressed to the managing committee by default with a copy one level
 * up, overdue after the configured days, reminded by e-mail once (delivered to a real
 * SMTP server), answered by the addressee, reconsidered at the subject's request.
 */
@IntegrationTest
class RecommendationFollowUpTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecommendationIssuing issuing;

	@Autowired
	RecommendationBoard board;

	@Autowired
	RecommendationReminders reminders;

	@Autowired
	MailDelivery delivery;

	@Autowired
	java.util.List<DashboardContributor> dashboard;

	SupervisionFixtures fx;

	LocalDate today;

	@BeforeEach
	void setUp() {
		fx = new SupervisionFixtures(jdbc);
		today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		SupervisionFixtures.signInAs(Personas.FRONT_LONG_BIEN, "FRONT_OFFICER");
	}

	@AfterEach
	void signOut() {
		SupervisionFixtures.signOut();
	}

	long issue(long person, String email, LocalDate issuedOn, String text) {
		return issuing.issue(new RecommendationDraft(RecommendationSource.REGULAR, null, null, person, null, email,
				text, issuedOn, null));
	}

	@Test
	void aRecommendationGoesToTheManagingCommitteeWithACopyOneLevelUpAndIsDueInThirtyDays() {
		long person = fx.subjectsOf("LB-DTN").get(1);
		LocalDate issued = today.minusDays(1).getYear() == today.getYear() ? today.minusDays(1) : today;
		long id = issue(person, null, issued, "Đề nghị rà soát quy trình cấp phép");
		var row = board.recommendation(id);
		assertThat(row.addresseeName()).isEqualTo(jdbc.sql("""
				select o.name from person p join organisation o on o.id = p.managing_committee_id where p.id = ?""")
			.param(person)
			.query(String.class)
			.single());
		assertThat(row.copyToName()).as("the Front one level up").contains("MTTQ").contains("Hà Nội");
		assertThat(row.dueOn()).isEqualTo(issued.plusDays(30));
		assertThat(row.code()).startsWith("KN-" + issued.getYear());
	}

	@Test
	void anOverdueRecommendationIsRemindedOnceByEmailDeliveredToTheSmtpServer() throws Exception {
		long person = fx.subjectsOf("LB-DTN").get(2);
		LocalDate issued = LocalDate.of(today.getYear(), 1, 2);
		long id = issue(person, "vanthu.quanuy@example.vn", issued, "Đề nghị trả lời về việc sử dụng xe công");
		assertThat(reminders.remindDue()).isPositive();
		assertThat(reminders.remindDue()).as("never twice").isZero();
		delivery.deliverPending();
		MimeMessage[] mail = smtp.getReceivedMessagesForDomain("vanthu.quanuy@example.vn");
		assertThat(mail).hasSize(1);
		String code = board.recommendation(id).code();
		assertThat(mail[0].getSubject()).isEqualTo("Quá hạn trả lời kiến nghị " + code);
		assertThat((String) mail[0].getContent()).contains("Đề nghị trả lời về việc sử dụng xe công")
			.contains("Hạn trả lời: " + vn.giamsat.platform.web.DateInput.format(issued.plusDays(30)));

		String board = mvc
			.perform(get("/supervision/recommendations?overdue=true").with(As.page(Personas.FRONT_LONG_BIEN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(board).contains("Kiến nghị quá hạn theo nơi nhận").contains(code).contains("quá hạn");
		var scope = new vn.giamsat.platform.security.AccessScope(Personas.FRONT_LONG_BIEN,
				vn.giamsat.platform.security.Role.FRONT_OFFICER, false,
				java.util.Set.copyOf(jdbc.sql("select id from admin_unit").query(Long.class).list()), null,
				fx.organisation("LB-MTTQ"), null);
		assertThat(dashboard.stream().flatMap(c -> c.items(scope).stream()))
			.anySatisfy(item -> assertThat(item.label()).isEqualTo("kiến nghị quá hạn trả lời"));
	}

	@Test
	void aManualReminderIsMailedAndRecordedAsFollowUp() throws Exception {
		long person = fx.subjectsOf("LB-DTN").get(3);
		long id = issue(person, "nhac.tay@example.vn", today, "Đề nghị công khai kết quả xử lý");
		mvc.perform(post("/supervision/recommendations/" + id + "/follow-up").with(As.page(Personas.FRONT_LONG_BIEN))
			.with(csrf())
			.param("kind", "REMIND")
			.param("note", "Nhắc lần 1")).andExpect(status().is3xxRedirection());
		delivery.deliverPending();
		assertThat(smtp.getReceivedMessagesForDomain("nhac.tay@example.vn")).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).startsWith("Đề nghị trả lời kiến nghị"));
		SupervisionFixtures.signInAs(Personas.FRONT_LONG_BIEN, "FRONT_OFFICER");
		assertThat(board.actions(id)).singleElement()
			.satisfies(a -> assertThat(a.kind()).isEqualTo(FollowUpKind.REMIND));
	}

	@Test
	void theAddresseeAnswersTheSubjectAsksForReconsiderationAndOthersAreRefused() throws Exception {
		long cadre = fx.person(Personas.CADRE_PERSON_CODE);
		long id = issue(cadre, null, today, "Đề nghị bố trí cán bộ trực tiếp dân ngày thứ Bảy");
		int version = board.recommendation(id).version();
		SupervisionFixtures.signOut();
		mvc.perform(post("/supervision/recommendations/" + id + "/respond").with(As.page(Personas.WOMENS_UNION))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("response", "ACCEPTED")
			.param("text", "Không có quyền")).andExpect(status().isForbidden());
		mvc.perform(post("/supervision/recommendations/" + id + "/respond").with(As.page(Personas.PARTY_COMMITTEE))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("response", "PARTLY")
			.param("text", "Bố trí trực sáng thứ Bảy tuần đầu tháng")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status || ':' || response from recommendation where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("ANSWERED:PARTLY");
		mvc.perform(post("/supervision/recommendations/" + id + "/reconsider").with(As.page(Personas.CADRE))
			.with(csrf())
			.param("version", String.valueOf(version + 1))
			.param("text", "Đề nghị xem xét lại vì lịch trực đã có từ trước")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from recommendation where id = ?").param(id).query(String.class).single())
			.isEqualTo("RECONSIDERATION");
		mvc.perform(get("/supervision/recommendations/" + id).with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEmptyTextOrADueDateBeforeTheIssueIsRefused() {
		long person = fx.subjectsOf("LB-DTN").get(4);
		long before = fx.count("recommendation");
		assertThatThrownBy(() -> issuing.issue(new RecommendationDraft(RecommendationSource.REGULAR, null, null, person,
				null, "khong-hop-le", " ", today, today.minusDays(1))))
			.isInstanceOf(UserInputException.class)
			.satisfies(ex -> assertThat(((UserInputException) ex).problems()).extracting(p -> p.code())
				.contains("supervision.error.textRequired", "supervision.error.dueBeforeIssue",
						"supervision.error.email"));
		assertThat(fx.count("recommendation")).isEqualTo(before);
	}

}
