package vn.giamsat.cultivation.internal;

import java.time.LocalDate;
import java.util.List;

import vn.giamsat.cultivation.internal.checks.Area;

/**
 * One commitment as entered: area, concrete action, measure of success, deadline,
 * criteria codes.
 */
public record CommitmentDraft(Area area, String action, String measure, LocalDate deadline, List<String> criteria) {
}
