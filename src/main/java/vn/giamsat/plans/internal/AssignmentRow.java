package vn.giamsat.plans.internal;

/**
 * The one focal unit of a subject; pinned by an officer (with a reason) or chosen by the
 * planner.
 */
public record AssignmentRow(long subjectId, long focalUnitId, boolean pinned, String reason) {
}
