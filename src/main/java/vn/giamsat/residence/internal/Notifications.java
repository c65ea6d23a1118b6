package vn.giamsat.residence.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.mail.MailOutbox;
import vn.giamsat.platform.web.Messages;

/**
 * E-mail to the residence cell and the group's Front work committee, one message per
 * recipient and cell (not one per member), queued in the caller's transaction. Each topic
 * is stable so that a reminder is never queued twice.
 */
@Component
class Notifications {

	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy");

	private final MailOutbox outbox;

	private final Recipients recipients;

	private final Messages messages;

	private final String baseUrl;

	Notifications(MailOutbox outbox, Recipients recipients, Messages messages,
			@Value("${giamsat.base-url:}") String baseUrl) {
		this.outbox = outbox;
		this.recipients = recipients;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * @param kind {@code sent}, {@code due-soon} or {@code overdue}
	 */
	void toCells(CampaignRow campaign, List<RequestRow> requests, String kind) {
		Map<Long, List<RequestRow>> byCell = requests.stream()
			.collect(Collectors.groupingBy(RequestRow::residenceCellId, java.util.LinkedHashMap::new,
					Collectors.toList()));
		byCell.forEach((cellId, rows) -> {
			String topic = topic(campaign.id(), cellId, kind);
			if (outbox.alreadyQueued(topic)) {
				return;
			}
			Set<String> to = new LinkedHashSet<>(recipients.of(cellId));
			rows.stream().map(RequestRow::frontCommitteeId).distinct().forEach(f -> to.addAll(recipients.of(f)));
			String subject = messages.vi("residence.mail." + kind + ".subject", campaign.year(),
					campaign.organisationName());
			String body = messages.vi("residence.mail." + kind + ".body", campaign.organisationName(), campaign.year(),
					DATE.format(campaign.dueDate()), list(rows), baseUrl + "/residence");
			to.forEach(address -> outbox.queue(address, subject, body, topic));
		});
	}

	void returned(CampaignRow campaign, RequestRow r) {
		String subject = messages.vi("residence.mail.returned.subject", r.fullName(), r.year());
		String body = messages.vi("residence.mail.returned.body", r.residenceCellName(), r.fullName(), r.year(),
				baseUrl + "/residence/requests/" + r.id());
		recipients.of(campaign.organisationId())
			.forEach(a -> outbox.queue(a, subject, body, "residence:r" + r.id() + ":returned"));
	}

	boolean alreadySent(long campaignId, long cellId, String kind) {
		return outbox.alreadyQueued(topic(campaignId, cellId, kind));
	}

	static String topic(long campaignId, long cellId, String kind) {
		return "residence:c" + campaignId + ":cell" + cellId + ":" + kind;
	}

	private static String list(List<RequestRow> rows) {
		return rows.stream()
			.map(r -> "- " + r.fullName() + " (" + r.residenceGroupName() + ")")
			.collect(Collectors.joining("\n"));
	}

}
