package vn.giamsat.platform.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giamsat.support.IntegrationTest;
import vn.giamsat.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MailOutboxTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TransactionTemplate tx;

	@Test
	void queuedMailIsDeliveredToTheSmtpServerWithVietnameseTextIntact() throws Exception {
		outbox.queue("truong.ban@example.vn", "Nhắc hạn: phản ánh sắp quá hạn", "Kính gửi đồng chí Trưởng ban,",
				"test:mail:1");

		assertThat(delivery.deliverPending()).isGreaterThanOrEqualTo(1);

		MimeMessage[] received = smtp.getReceivedMessagesForDomain("truong.ban@example.vn");
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Nhắc hạn: phản ánh sắp quá hạn");
		assertThat(((String) received[0].getContent()).trim()).isEqualTo("Kính gửi đồng chí Trưởng ban,");
		assertThat(outbox.queued("test:mail:1")).singleElement().satisfies(m -> assertThat(m.sentAt()).isNotNull());
	}

	@Test
	void mailQueuedInARolledBackTransactionIsNeverSent() {
		tx.executeWithoutResult(status -> {
			outbox.queue("khong.gui@example.vn", "Không gửi", "Nội dung", "test:mail:rollback");
			status.setRollbackOnly();
		});

		delivery.deliverPending();

		assertThat(outbox.alreadyQueued("test:mail:rollback")).isFalse();
		assertThat(smtp.getReceivedMessagesForDomain("khong.gui@example.vn")).isEmpty();
	}

}
