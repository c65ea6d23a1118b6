package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.citizenreports.ReportStatus;
import vn.giamsat.identity.AccountDirectory;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.platform.calendar.WorkingDays;
import vn.giamsat.platform.db.GiamsatProperties;
import vn.giamsat.platform.mail.MailOutbox;
import vn.giamsat.platform.security.Role;

/**
 * Every morning: a reminder to the officers who hold a report whose deadline is near, and
 * once it has passed, a notice to them and to the Front one level up (escalation). Each
 * mail has a topic per report and step, so it goes out once however often the job runs.
 * The mails carry no reporter identity and no content, only the link.
 */
@Component
public class DeadlineReminders {

	private final ReportStore store;

	private final ReportRouting routing;

	private final OrgStructure structure;

	private final WorkingDays workingDays;

	private final ReportSettings settings;

	private final MailOutbox outbox;

	private final AccountDirectory accounts;

	private final GiamsatProperties properties;

	private final Clock clock;

	DeadlineReminders(ReportStore store, ReportRouting routing, OrgStructure structure, WorkingDays workingDays,
			ReportSettings settings, MailOutbox outbox, AccountDirectory accounts, GiamsatProperties properties,
			Clock clock) {
		this.store = store;
		this.routing = routing;
		this.structure = structure;
		this.workingDays = workingDays;
		this.settings = settings;
		this.outbox = outbox;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${giamsat.reports.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "citizen-report-deadlines", lockAtMostFor = "PT30M")
	public void scheduled() {
		run(LocalDate.now(clock));
	}

	/**
	 * @return how many mails were queued
	 */
	@Transactional
	public int run(LocalDate today) {
		int queued = 0;
		LocalDate horizon = workingDays.plusWorkingDays(today, settings.remindBeforeDays());
		for (ReportRow r : store.dueBy(horizon)) {
			LocalDate due = r.nextDue();
			String step = r.acknowledgedAt() == null ? "ack"
					: r.status() == ReportStatus.RECEIVED ? "screen" : "answer";
			boolean overdue = due.isBefore(today);
			String topic = "report:" + r.id() + ":" + step + (r.reopened() ? ":again" : "")
					+ (overdue ? ":overdue" : ":remind");
			if (outbox.alreadyQueued(topic)) {
				continue;
			}
			String subject = (overdue ? "Quá hạn" : "Sắp đến hạn") + " xử lý phản ánh số " + r.id() + " ("
					+ stepName(step) + ", hạn " + due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
					+ ")";
			String body = subject + ".\n\nXem và xử lý tại: " + base() + "/reports/" + r.id()
					+ "\n\nThư tự động của hệ thống giám sát; thư không chứa thông tin người phản ánh.";
			for (String to : handlers(r)) {
				outbox.queue(to, subject, body, topic);
				queued++;
			}
			if (overdue) {
				long unit = structure.organisation(r.receivingOrgId()).orElseThrow().unitId();
				for (Long above : routing.frontAbove(unit, 1).stream().toList()) {
					for (String to : officers(above, Role.FRONT_OFFICER)) {
						outbox.queue(to, "[Chuyển cấp trên] " + subject, body, topic);
						queued++;
					}
				}
			}
		}
		return queued;
	}

	private List<String> handlers(ReportRow r) {
		if (r.status() == ReportStatus.FORWARDED && r.committeeOrgId() != null) {
			return officers(r.committeeOrgId(), Role.PARTY_COMMITTEE_OFFICER);
		}
		return officers(r.receivingOrgId(), Role.FRONT_OFFICER);
	}

	private List<String> officers(long organisationId, Role role) {
		return accounts.emailsOf(organisationId, role);
	}

	private static String stepName(String step) {
		return switch (step) {
			case "ack" -> "xác nhận tiếp nhận";
			case "screen" -> "phân loại";
			default -> "trả lời";
		};
	}

	private String base() {
		return properties.baseUrl() == null ? "" : properties.baseUrl();
	}

}
