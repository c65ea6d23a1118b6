package vn.giamsat.platform.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what {@link MailOutbox} queued, oldest first, through the configured SMTP server
 * ({@code spring.mail.host}). Without one, mail stays queued and visible; each failure is
 * counted and retried up to five times.
 */
@Component
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	static final int MAX_ATTEMPTS = 5;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final String from;

	MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${giamsat.mail.from:giamsat@localhost}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${giamsat.mail.delivery-interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT10M")
	public void scheduled() {
		deliverPending();
	}

	/**
	 * @return how many messages were sent
	 */
	public int deliverPending() {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return 0;
		}
		List<Pending> pending = jdbc.sql("""
				select id, recipient, subject, body from mail_outbox
				where sent_at is null and attempts < ? order by id limit 200""")
			.param(MAX_ATTEMPTS)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		int sent = 0;
		for (Pending p : pending) {
			try {
				MimeMessage message = mail.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
				helper.setFrom(from);
				helper.setTo(p.recipient());
				helper.setSubject(p.subject());
				helper.setText(p.body(), false);
				mail.send(message);
				jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
					.params(OffsetDateTime.now(clock), p.id())
					.update();
				sent++;
			}
			catch (Exception ex) {
				log.warn("Không gửi được thư {} tới {}: {}", p.id(), p.recipient(), ex.getMessage());
				String error = String.valueOf(ex.getMessage());
				jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = ? where id = ?")
					.params(error.length() > 500 ? error.substring(0, 500) : error, p.id())
					.update();
			}
		}
		return sent;
	}

	private record Pending(long id, String recipient, String subject, String body) {
	}

}
