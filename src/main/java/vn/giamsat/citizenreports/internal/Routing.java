package vn.giamsat.citizenreports.internal;

/**
 * Where a report goes: the Front that receives it (one level up when the report concerns
 * that Front's own head), the focal unit supervising the cadre this year and the party
 * committee that manages the cadre.
 */
public record Routing(long receivingOrgId, boolean escalated, Long focalOrgId, Long committeeOrgId) {
}
