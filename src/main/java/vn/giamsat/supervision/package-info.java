/**
 * Supervision as it happens: regular supervision records (lượt giám sát) and opinions (ý
 * kiến) by the focal unit of each subject, released to the cadre by the Front Standing
 * Committee without revealing who wrote them, the cadre's answers; formal supervision by
 * delegations with their legal deadlines and documents; recommendations with their
 * follow-up and reminders. Other modules use the facades at this level
 * ({@link vn.giamsat.supervision.SupervisionRecords},
 * {@link vn.giamsat.supervision.Opinions}, {@link vn.giamsat.supervision.Delegations},
 * {@link vn.giamsat.supervision.RecommendationIssuing} and its siblings).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package vn.giamsat.supervision;
