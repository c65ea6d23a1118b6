package vn.giamsat.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.supervision.internal.RecommendationMail;
import vn.giamsat.supervision.internal.RecommendationStore;
import vn.giamsat.supervision.internal.RecommendationStore.RecommendationRow;

/**
 * E-mail reminders to addressees that have not answered: run every morning by the
 * scheduler, and by tests.
 */
@Service
public class RecommendationReminders {

	private final RecommendationStore store;

	private final RecommendationMail mail;

	private final Clock clock;

	RecommendationReminders(RecommendationStore store, RecommendationMail mail, Clock clock) {
		this.store = store;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Queues one reminder per recommendation due within three days and one when it
	 * becomes overdue; never twice.
	 * @return how many reminders were queued
	 */
	@Transactional
	public int remindDue() {
		LocalDate today = LocalDate.now(clock);
		int queued = 0;
		for (RecommendationRow r : store.dueForReminder(today.plusDays(3))) {
			if (mail.dueReminder(r, today)) {
				queued++;
			}
		}
		return queued;
	}

}
