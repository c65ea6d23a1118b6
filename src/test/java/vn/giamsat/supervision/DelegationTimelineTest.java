package vn.giamsat.supervision;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.giamsat.supervision.DelegationTimeline.Kind;
import vn.giamsat.supervision.DelegationTimeline.State;

import static org.assertj.core.api.Assertions.assertThat;

/** The legal deadlines of a delegation, in calendar days, across month and year ends. */
class DelegationTimelineTest {

	@Test
	void aSessionOnTenthOfMarchNeedsTheNoticeByTwentyThirdOfFebruaryAndTheReportByTwentyFifthOfMarch() {
		LocalDate session = LocalDate.of(2026, 3, 10);
		assertThat(DelegationTimeline.noticeBy(session)).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(DelegationTimeline.documentsBy(session)).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(DelegationTimeline.reportBy(session)).isEqualTo(LocalDate.of(2026, 3, 25));
	}

	@Test
	void aSessionEarlyInJanuaryPutsTheNoticeDeadlineInDecemberOfTheYearBefore() {
		LocalDate session = LocalDate.of(2026, 1, 5);
		assertThat(DelegationTimeline.noticeBy(session)).isEqualTo(LocalDate.of(2025, 12, 21));
		assertThat(DelegationTimeline.documentsBy(session)).isEqualTo(LocalDate.of(2025, 12, 29));
	}

	@Test
	void aReportDeadlineCrossesTheEndOfALeapFebruary() {
		assertThat(DelegationTimeline.reportBy(LocalDate.of(2028, 2, 20))).isEqualTo(LocalDate.of(2028, 3, 6));
		assertThat(DelegationTimeline.reportBy(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void eachMilestoneSaysHowManyDaysAreLeftOrOverdue() {
		LocalDate session = LocalDate.of(2026, 3, 10);
		DelegationTimeline t = DelegationTimeline.of(session, null, null, null, LocalDate.of(2026, 2, 25));
		assertThat(t.milestones()).extracting(DelegationTimeline.Milestone::kind)
			.containsExactly(Kind.NOTICE, Kind.DOCUMENTS, Kind.SESSION, Kind.REPORT);
		assertThat(t.milestones().get(0).state()).isEqualTo(State.OVERDUE);
		assertThat(t.milestones().get(0).days()).isEqualTo(2);
		assertThat(t.milestones().get(1).state()).isEqualTo(State.UPCOMING);
		assertThat(t.milestones().get(1).days()).isEqualTo(6);
		assertThat(t.overdue()).extracting(DelegationTimeline.Milestone::kind).containsExactly(Kind.NOTICE);

		DelegationTimeline close = DelegationTimeline.of(session, LocalDate.of(2026, 2, 20), null, null,
				LocalDate.of(2026, 2, 28));
		assertThat(close.milestones().get(0).state()).isEqualTo(State.DONE);
		assertThat(close.milestones().get(1).state()).isEqualTo(State.CLOSE);
		assertThat(close.milestones().get(1).days()).isEqualTo(3);
		assertThat(close.milestones().get(1).warning()).isTrue();
	}

	@Test
	void aMilestoneDoneAfterItsDeadlineIsMarkedLateAndDueTodayIsAWarning() {
		LocalDate session = LocalDate.of(2026, 3, 10);
		DelegationTimeline t = DelegationTimeline.of(session, LocalDate.of(2026, 2, 26), null, null,
				LocalDate.of(2026, 3, 3));
		assertThat(t.milestones().get(0).state()).isEqualTo(State.DONE_LATE);
		assertThat(t.milestones().get(0).days()).isEqualTo(3);
		assertThat(t.milestones().get(1).state()).isEqualTo(State.DUE_TODAY);
		assertThat(t.milestones().get(3).state()).isEqualTo(State.UPCOMING);
	}

}
