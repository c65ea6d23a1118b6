package vn.giamsat.plans;

import java.util.EnumSet;
import java.util.Set;

/**
 * The plan's life: drafted, discussed with the member organisations, issued, carried out,
 * amended (with a reason, as a new revision), reviewed at mid-year, closed.
 */
public enum PlanStatus {

	DRAFT, CONSULTING, ISSUED, IN_PROGRESS, AMENDED, MID_YEAR_REVIEWED, CLOSED;

	public Set<PlanStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(CONSULTING);
			case CONSULTING -> EnumSet.of(DRAFT, ISSUED);
			case ISSUED -> EnumSet.of(IN_PROGRESS, AMENDED);
			case IN_PROGRESS -> EnumSet.of(AMENDED, MID_YEAR_REVIEWED, CLOSED);
			case AMENDED -> EnumSet.of(IN_PROGRESS);
			case MID_YEAR_REVIEWED -> EnumSet.of(AMENDED, CLOSED);
			case CLOSED -> EnumSet.noneOf(PlanStatus.class);
		};
	}

	/**
	 * Assignments, subjects and units change only while drafting, consulting or amending.
	 */
	public boolean editable() {
		return this == DRAFT || this == CONSULTING || this == AMENDED;
	}

	/** Member organisations may comment while they are consulted. */
	public boolean openForComments() {
		return this == CONSULTING;
	}

	public String messageKey() {
		return "plan.status." + name();
	}

}
