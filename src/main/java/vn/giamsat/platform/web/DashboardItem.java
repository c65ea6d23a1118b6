package vn.giamsat.platform.web;

/**
 * One line on the officer's start page: a count with a link, e.g. "3 phản ánh quá hạn".
 *
 * @param label already translated text shown after the count
 * @param warning shown as needing attention (overdue, waiting for the viewer)
 */
public record DashboardItem(long count, String label, String href, boolean warning) {
}
