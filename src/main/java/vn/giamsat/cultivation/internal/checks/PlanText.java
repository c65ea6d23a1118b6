package vn.giamsat.cultivation.internal.checks;

import java.util.List;

/**
 * The text of one yearly self-cultivation plan as the checks see it.
 *
 * @param planId identifier used in reports and copy pairs
 * @param personId the cadre who registered it; copy detection pairs plans of different
 * people in one year and of one person across years
 * @param year the year the plan is for
 * @param weaknesses the stated weaknesses (free text, may be blank)
 * @param commitments the commitments in the order the cadre wrote them
 */
public record PlanText(String planId, String personId, int year, String weaknesses, List<CommitmentText> commitments) {

	public PlanText {
		weaknesses = weaknesses == null ? "" : weaknesses;
		commitments = commitments == null ? List.of() : List.copyOf(commitments);
	}

}
