package vn.giamsat.home;

/** What the start page counts in the caller's scope. */
public record HomeCounts(long units, long organisations, long people) {
}
