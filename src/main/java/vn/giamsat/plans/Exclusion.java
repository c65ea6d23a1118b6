package vn.giamsat.plans;

/**
 * One unit removed for one subject, by one rule; {@code detail} is the rule's argument (a
 * year, a reason).
 */
public record Exclusion(long unitId, ExclusionRule rule, String detail) {
}
