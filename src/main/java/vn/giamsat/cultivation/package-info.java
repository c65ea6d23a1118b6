/**
 * Self-cultivation plans (kế hoạch tu dưỡng, rèn luyện) of cadres and party members. So
 * far only the advisory checks exist, in {@code internal.checks}: the specificity check
 * (commitments without a measure, an object or a substance, template copies, plans
 * without a stated weakness) and copy detection across people and years. Registration,
 * approval, posting and the pages follow (issue 4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-cultivation plans")
package vn.giamsat.cultivation;
