package vn.giamsat.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The legal deadlines of a supervision delegation (Joint Resolution 403/2017), in
 * calendar days from the working session: notice and request for the report at least 15
 * days before, the subject's documents at least 7 days before, the delegation's report at
 * most 15 days after. Each milestone says how it stands today ("còn 3 ngày", "quá hạn 2
 * ngày").
 */
public record DelegationTimeline(LocalDate session, List<Milestone> milestones) {

	public static final int NOTICE_DAYS_BEFORE = 15;

	public static final int DOCUMENTS_DAYS_BEFORE = 7;

	public static final int REPORT_DAYS_AFTER = 15;

	/** Within this many days a milestone is shown as close. */
	public static final int WARN_DAYS = 3;

	public enum Kind {

		NOTICE, DOCUMENTS, SESSION, REPORT

	}

	public enum State {

		DONE, DONE_LATE, UPCOMING, CLOSE, DUE_TODAY, OVERDUE

	}

	/**
	 * @param days days left (positive) or overdue (positive for OVERDUE)
	 */
	public record Milestone(Kind kind, LocalDate due, LocalDate doneOn, State state, long days) {

		public String messageKey() {
			return "supervision.timeline." + state.name();
		}

		public boolean warning() {
			return state == State.CLOSE || state == State.DUE_TODAY || state == State.OVERDUE
					|| state == State.DONE_LATE;
		}

	}

	public static LocalDate noticeBy(LocalDate session) {
		return session.minusDays(NOTICE_DAYS_BEFORE);
	}

	public static LocalDate documentsBy(LocalDate session) {
		return session.minusDays(DOCUMENTS_DAYS_BEFORE);
	}

	public static LocalDate reportBy(LocalDate session) {
		return session.plusDays(REPORT_DAYS_AFTER);
	}

	public static DelegationTimeline of(LocalDate session, LocalDate noticeSent, LocalDate documentsReceived,
			LocalDate reportSubmitted, LocalDate today) {
		return new DelegationTimeline(session,
				List.of(milestone(Kind.NOTICE, noticeBy(session), noticeSent, today),
						milestone(Kind.DOCUMENTS, documentsBy(session), documentsReceived, today),
						milestone(Kind.SESSION, session, today.isAfter(session) ? session : null, today),
						milestone(Kind.REPORT, reportBy(session), reportSubmitted, today)));
	}

	static Milestone milestone(Kind kind, LocalDate due, LocalDate done, LocalDate today) {
		if (done != null) {
			return new Milestone(kind, due, done, done.isAfter(due) ? State.DONE_LATE : State.DONE,
					Math.max(0, ChronoUnit.DAYS.between(due, done)));
		}
		long left = ChronoUnit.DAYS.between(today, due);
		State state = left < 0 ? State.OVERDUE
				: left == 0 ? State.DUE_TODAY : left <= WARN_DAYS ? State.CLOSE : State.UPCOMING;
		return new Milestone(kind, due, null, state, Math.abs(left));
	}

	/** Milestones whose deadline has already passed without being met. */
	public List<Milestone> overdue() {
		return milestones.stream().filter(m -> m.state() == State.OVERDUE).toList();
	}

}
