package vn.giamsat.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.residence.RequestState;

/**
 * Reminds residence cells (and their group's Front work committee) of unanswered
 * requests: once when the due date comes within {@link ResidenceSettings#reminderDays()}
 * days, once when it has passed. Runs on one instance (ShedLock); repeats nothing, since
 * every reminder's topic is checked against the outbox first.
 */
@Component
public class ReminderJob {

	private final CampaignStore campaigns;

	private final RequestStore requests;

	private final Notifications notifications;

	private final ResidenceSettings settings;

	private final Clock clock;

	ReminderJob(CampaignStore campaigns, RequestStore requests, Notifications notifications, ResidenceSettings settings,
			Clock clock) {
		this.campaigns = campaigns;
		this.requests = requests;
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${giamsat.residence.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "residence-reminders", lockAtMostFor = "PT30M")
	public void scheduled() {
		remind();
	}

	/** Queues the reminders due today; safe to run any number of times. */
	@Transactional
	public void remind() {
		LocalDate today = LocalDate.now(clock);
		for (CampaignRow c : campaigns.open()) {
			String kind = today.isAfter(c.dueDate()) ? "overdue"
					: !today.isBefore(c.dueDate().minusDays(settings.reminderDays())) ? "due-soon" : null;
			if (kind == null) {
				continue;
			}
			List<RequestRow> pending = requests.ofCampaign(c.id())
				.stream()
				.filter(r -> r.state() == RequestState.SENT)
				.toList();
			notifications.toCells(c, pending, kind);
		}
	}

}
