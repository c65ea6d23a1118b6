package vn.giamsat.cultivation;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the officer's and the cadre's detail page shows it, with what the viewer may
 * do next.
 */
public record PlanDetail(long id, long personId, String fullName, String position, String workplace,
		String managingCommittee, int year, CultivationStatus status, int revision, int version, String weaknesses,
		String returnReason, Integer score, List<Line> commitments, String selfAssessment, String rating,
		String evaluationComment, List<String> history, Actions actions) {

	public record Line(String area, String action, String measure, LocalDate deadline, List<String> criteria,
			String result, String evidence) {
	}

	/** What the viewer may do with the plan now (pages show only these forms). */
	public record Actions(boolean edit, boolean publish, boolean supervise, boolean replace, boolean withdraw,
			boolean selfAssess, boolean evaluate) {

		public boolean any() {
			return edit || publish || supervise || replace || withdraw || selfAssess || evaluate;
		}

	}

}
