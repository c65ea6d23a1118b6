package vn.giamsat.supervision.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import vn.giamsat.platform.mail.MailOutbox;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.supervision.FollowUpKind;
import vn.giamsat.supervision.internal.RecommendationStore.RecommendationRow;

/**
 * The e-mails of the follow-up, in Vietnamese (the addressees are Vietnamese
 * authorities), queued in the caller's transaction. Topics make each automatic reminder
 * happen once.
 */
@Component
public class RecommendationMail {

	private final MailOutbox outbox;

	RecommendationMail(MailOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * @return whether a reminder was queued now
	 */
	public boolean dueReminder(RecommendationRow r, LocalDate today) {
		boolean overdue = r.dueOn().isBefore(today);
		String topic = "recommendation:" + r.id() + (overdue ? ":overdue" : ":due-soon");
		if (outbox.alreadyQueued(topic)) {
			return false;
		}
		String subject = (overdue ? "Quá hạn trả lời kiến nghị " : "Sắp đến hạn trả lời kiến nghị ") + r.code();
		outbox.queue(r.addresseeEmail(), subject,
				body(r, overdue ? "Kiến nghị dưới đây đã quá hạn trả lời." : "Kiến nghị dưới đây sắp đến hạn trả lời."),
				topic);
		return true;
	}

	public void followUp(RecommendationRow r, FollowUpKind kind, String note, OffsetDateTime at) {
		String subject = (kind == FollowUpKind.ESCALATE ? "Báo cáo cấp trên về kiến nghị "
				: "Đề nghị trả lời kiến nghị ") + r.code();
		String intro = kind == FollowUpKind.ESCALATE
				? "Ban Thường trực đã báo cáo Ủy ban MTTQ cấp trên về việc kiến nghị dưới đây chưa được trả lời."
				: "Ban Thường trực đề nghị quý cơ quan trả lời kiến nghị dưới đây.";
		outbox.queue(r.addresseeEmail(), subject, body(r, intro) + (note == null ? "" : "\n\nGhi chú: " + note),
				"recommendation:" + r.id() + ":" + kind.name().toLowerCase() + ":" + at.toEpochSecond());
	}

	private static String body(RecommendationRow r, String intro) {
		return "Kính gửi: " + r.addresseeName() + "\n\n" + intro + "\n\nSố kiến nghị: " + r.code()
				+ "\nCơ quan kiến nghị: " + r.issuerName() + "\nNgày kiến nghị: " + DateInput.format(r.issuedOn())
				+ "\nHạn trả lời: " + DateInput.format(r.dueOn()) + "\n\nNội dung: " + r.content()
				+ "\n\nThư gửi tự động từ hệ thống giám sát; vui lòng trả lời bằng văn bản.";
	}

}
