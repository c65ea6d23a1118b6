package vn.giamsat.supervision.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning (Hà Nội time): reminders for recommendations due soon or overdue. */
@Component
class RecommendationReminderJob {

	private final vn.giamsat.supervision.RecommendationReminders reminders;

	RecommendationReminderJob(vn.giamsat.supervision.RecommendationReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "recommendation-reminders", lockAtMostFor = "PT10M")
	void run() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		reminders.remindDue();
	}

}
