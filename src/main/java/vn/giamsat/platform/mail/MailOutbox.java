package vn.giamsat.platform.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Queues e-mail in the caller's transaction. Delivery happens later
 * ({@link MailDelivery}); a reminder is therefore sent exactly when the change that
 * caused it commits, and an SMTP outage delays mail instead of failing the officer's
 * action.
 */
@Component
public class MailOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param topic a stable key such as {@code report:42:overdue}, so that a job can ask
	 * whether a reminder was already queued ({@link #alreadyQueued}) and never sends it
	 * twice
	 */
	public void queue(String recipient, String subject, String body, String topic) {
		if (!StringUtils.hasText(recipient)) {
			return;
		}
		jdbc.sql("""
				insert into mail_outbox (recipient, subject, body, topic, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(recipient.trim(), abbreviate(subject, 300), body, abbreviate(topic, 80), OffsetDateTime.now(clock))
			.update();
	}

	public boolean alreadyQueued(String topic) {
		return jdbc.sql("select exists (select 1 from mail_outbox where topic = ?)")
			.param(topic)
			.query(Boolean.class)
			.single();
	}

	/** The messages queued for a topic prefix, newest first (for pages and tests). */
	public List<QueuedMail> queued(String topicPrefix) {
		return jdbc.sql("""
				select id, recipient, subject, body, topic, created_at, sent_at, attempts
				from mail_outbox where topic like ? order by id desc limit 200""")
			.param(topicPrefix.replace("%", "\\%") + "%")
			.query((rs, n) -> new QueuedMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
					rs.getInt(8)))
			.list();
	}

	private static String abbreviate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	public record QueuedMail(long id, String recipient, String subject, String body, String topic,
			OffsetDateTime createdAt, OffsetDateTime sentAt, int attempts) {
	}

}
