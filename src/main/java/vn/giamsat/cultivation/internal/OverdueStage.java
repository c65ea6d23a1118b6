package vn.giamsat.cultivation.internal;

import vn.giamsat.cultivation.CultivationStatus;

/**
 * The step a person's plan of the year waits for, each with its deadline. A person is
 * listed once, at the first step not done: no plan (or a draft, or a returned plan not
 * yet resubmitted) waits for submission; a submitted one for the committee's decision; an
 * approved one for publication; a published one for the self-assessment; a self-assessed
 * one for the party cell's evaluation.
 */
public enum OverdueStage {

	SUBMIT, DECIDE, POST, ASSESS, EVALUATE;

	/**
	 * The step waited for, or null when nothing is (evaluated, or publication withdrawn
	 * because the plan was replaced).
	 */
	public static OverdueStage of(CultivationStatus status, boolean published, boolean selfAssessed) {
		if (status == null || status == CultivationStatus.DRAFT || status == CultivationStatus.RETURNED) {
			return SUBMIT;
		}
		return switch (status) {
			case SUBMITTED -> DECIDE;
			case APPROVED, POSTED, UNDER_SUPERVISION -> !published ? POST : selfAssessed ? EVALUATE : ASSESS;
			case SELF_ASSESSED -> EVALUATE;
			default -> null;
		};
	}

	public String messageKey() {
		return "cultivation.overdue.stage." + name();
	}

}
