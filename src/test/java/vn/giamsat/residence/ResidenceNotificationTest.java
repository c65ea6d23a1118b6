package vn.giamsat.residence;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.giamsat.identity.AccountManagement;
import vn.giamsat.platform.mail.MailDelivery;
import vn.giamsat.platform.mail.MailOutbox;
import vn.giamsat.platform.security.Role;
import vn.giamsat.residence.internal.CampaignService;
import vn.giamsat.residence.internal.ReminderJob;
import vn.giamsat.support.As;
import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.Personas;
import vn.giamsat.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.giamsat.residence.ResidenceFixtures.as;

/**
 * Sending tells the residence cell and the group's Front work committee by e-mail (real
 * SMTP: GreenMail) once per cell; the reminder job tells them again once when overdue,
 * never twice; the start page shows waiting requests. Years 2024, 2036 and 2038 belong to
 * this class.
 */
@IntegrationTest
class ResidenceNotificationTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CampaignService campaigns;

	@Autowired
	ReminderJob reminders;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDelivery delivery;

	@BeforeEach
	void fixtures() throws Exception {
		ResidenceFixtures.ensure(mvc, jdbc, accounts);
	}

	@Test
	void sendingMailsTheResidenceCellAndTheFrontCommitteeOfTheGroupOnce() throws Exception {
		long id = sent(2038);

		String topic = "residence:c" + id + ":";
		assertThat(outbox.queued(topic)).extracting(MailOutbox.QueuedMail::recipient)
			.containsExactlyInAnyOrder(ResidenceFixtures.T03_CELL_MAIL, ResidenceFixtures.T03_FRONT_MAIL);
		delivery.deliverPending();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(ResidenceFixtures.T03_CELL_MAIL);
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject())
			.isEqualTo("Đề nghị nhận xét đảng viên nơi cư trú năm 2038 — Đảng ủy Cơ quan thử nghiệm nhận xét");
		assertThat(((String) received[0].getContent())).contains("Đinh Văn Cư Trú")
			.contains("30/11/2038")
			.contains("/residence");
		assertThat(smtp.getReceivedMessagesForDomain(ResidenceFixtures.T03_FRONT_MAIL)).hasSize(1);
	}

	@Test
	void overdueReminderIsQueuedOnceHoweverOftenTheJobRuns() throws Exception {
		long id = sent(2036);
		long idPast = sentPast();

		reminders.remind();
		reminders.remind();

		List<MailOutbox.QueuedMail> overdue = outbox.queued("residence:c" + idPast + ":")
			.stream()
			.filter(m -> m.topic().endsWith(":overdue"))
			.toList();
		assertThat(overdue).extracting(MailOutbox.QueuedMail::recipient)
			.containsExactlyInAnyOrder(ResidenceFixtures.T03_CELL_MAIL, ResidenceFixtures.T03_FRONT_MAIL);
		assertThat(overdue.get(0).subject()).startsWith("Quá hạn nhận xét đảng viên nơi cư trú năm 2024");
		assertThat(outbox.queued("residence:c" + id + ":")).noneMatch(m -> m.topic().endsWith(":overdue"))
			.as("a campaign not yet due in the job's today gets no overdue reminder");
		delivery.deliverPending();
		assertThat(smtp.getReceivedMessagesForDomain(ResidenceFixtures.T03_CELL_MAIL))
			.anyMatch(m -> subject(m).startsWith("Quá hạn nhận xét"));
	}

	@Test
	void startPageShowsWaitingRequestsToTheResidenceCellAndOverdueOnesToTheWorkplace() throws Exception {
		mvc.perform(get("/").with(As.page(Personas.PARTY_CELL)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đề nghị nhận xét nơi cư trú chờ xử lý")));
		mvc.perform(get("/").with(As.page(Personas.FRONT_WORK_COMMITTEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đề nghị nhận xét nơi cư trú chờ xử lý")));
	}

	long sent(int year) {
		return as(ResidenceFixtures.CLERK, Role.PARTY_COMMITTEE_OFFICER, () -> {
			long id = campaigns.create(year, null, List.of());
			campaigns.send(id);
			return id;
		});
	}

	/** 2024: its due date 30/11/2024 has passed whatever day the tests run. */
	long sentPast() {
		return sent(2024);
	}

	static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
