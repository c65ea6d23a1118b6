package vn.giamsat.portal.internal;

/**
 * Public counts below five are shown as "fewer than 5" (DOMAIN.md §5): a count of one or
 * two reports in a residential group could point at a neighbour.
 */
public final class SmallCounts {

	public static final int THRESHOLD = 5;

	private SmallCounts() {
	}

	/** The count, or null when it must be suppressed (the page then says "dưới 5"). */
	public static Long shown(long count) {
		return count < THRESHOLD && count > 0 ? null : count;
	}

}
