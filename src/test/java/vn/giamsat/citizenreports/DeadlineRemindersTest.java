package vn.giamsat.citizenreports;

import java.time.LocalDate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.citizenreports.internal.DeadlineReminders;
import vn.giamsat.citizenreports.internal.ReportIntake;
import vn.giamsat.platform.mail.MailDelivery;
import vn.giamsat.platform.web.DashboardContributor;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;
import vn.giamsat.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders before a deadline and escalation after it, delivered by real SMTP, once; the
 * officer's start page and the overdue board show the same.
 */
@IntegrationTest
class DeadlineRemindersTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	ReportIntake intake;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	MailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	java.util.List<DashboardContributor> contributors;

	@Test
	void anOverdueReportIsMailedToTheFrontAndEscalatedOneLevelUpOnlyOnce() throws Exception {
		jdbc.sql("update user_account set email = 'mttq.viethung@example.vn' where username = ?")
			.param(Personas.FRONT_VIET_HUNG)
			.update();
		long hanoiFront = jdbc.sql("select id from organisation where code = 'HN-MTTQ'").query(Long.class).single();
		jdbc.sql(
				"""
						insert into user_account (username, display_name, password_hash, role, organisation_id, email, valid_from,
						  created_at) values ('mttq.hanoi.reminders', 'Cán bộ MTTQ thành phố', '{noop}x', 'FRONT_OFFICER', ?,
						  'mttq.hanoi@example.vn', '2020-01-01', now()) on conflict (username) do nothing""")
			.param(hanoiFront)
			.update();
		long id = intake.receive(ReportFixtures.anonymous("Phản ánh để thử nhắc hạn."), null).reportId();
		delivery.deliverPending();
		smtp.reset();

		LocalDate received = LocalDate.now();
		int soon = reminders.run(received);
		assertThat(soon).as("acknowledgement due tomorrow: reminder to the ward Front").isPositive();
		int late = reminders.run(received.plusDays(20));
		assertThat(late).isPositive();
		assertThat(reminders.run(received.plusDays(20))).as("never twice").isZero();
		delivery.deliverPending();
		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(mails).anySatisfy(m -> {
			assertThat(m.getAllRecipients()[0].toString()).isEqualTo("mttq.viethung@example.vn");
			assertThat(m.getSubject()).contains("Sắp đến hạn").contains("số " + id);
		});
		assertThat(mails).anySatisfy(m -> {
			assertThat(m.getAllRecipients()[0].toString()).isEqualTo("mttq.hanoi@example.vn");
			assertThat(m.getSubject()).startsWith("[Chuyển cấp trên] Quá hạn").contains("số " + id);
		});
		for (MimeMessage m : mails) {
			assertThat(m.getContent().toString()).as("no content or reporter in mail")
				.doesNotContain("Phản ánh để thử nhắc hạn");
		}
	}

	@Test
	void theStartPageAndTheOverdueBoardShowReportsWaiting() throws Exception {
		long id = intake.receive(ReportFixtures.anonymous("Phản ánh chờ phân loại."), null).reportId();
		jdbc.sql("update citizen_report set ack_due = ? where id = ?")
			.params(LocalDate.now().minusDays(3), id)
			.update();
		mvc.perform(get("/").with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("phản ánh quá hạn")));
		mvc.perform(get("/reports/overdue").with(As.page(Personas.FRONT_VIET_HUNG)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("#" + id)));
		mvc.perform(get("/reports/overdue").with(As.page(Personas.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("#" + id + "<"))));
	}

}
