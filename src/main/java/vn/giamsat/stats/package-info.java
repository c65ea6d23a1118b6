/**
 * Statistics over supervision records and opinions (DOMAIN.md §3): the contract's
 * {@code /api/v1/stats/supervision}, the summary pages with a drill-down behind every
 * figure, charts, the six-monthly report exports and the coverage page. It only reads; it
 * sits on top of the other modules and regroups old units along the 2025 lineage (ADR
 * 0007). {@link vn.giamsat.stats.SupervisionStatistics} is the entry point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package vn.giamsat.stats;
