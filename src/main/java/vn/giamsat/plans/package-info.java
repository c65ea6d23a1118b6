/**
 * Annual supervision plans: content, criteria, subjects and exactly one focal supervising
 * unit per subject, rotated from earlier years, balanced and free of conflicts of
 * interest, found by an exact planner that explains each choice.
 * {@link vn.giamsat.plans.SupervisionPlans} is what other modules use (who is the focal
 * unit of whom).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision plans")
package vn.giamsat.plans;
