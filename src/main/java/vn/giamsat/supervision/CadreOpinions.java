package vn.giamsat.supervision;

import java.util.List;

/**
 * What the cadre sees of their released opinions. When fewer distinct organisations than
 * the threshold contributed, {@code aggregated} is true: the opinions come grouped by
 * subject matter in an order unrelated to time, so that no author can be inferred.
 */
public record CadreOpinions(boolean aggregated, int threshold, List<Group> groups) {

	public int count() {
		return groups.stream().mapToInt(g -> g.opinions().size()).sum();
	}

	/**
	 * @param topic null for the plain (not aggregated) list, in time order
	 */
	public record Group(OpinionTopic topic, List<CadreOpinion> opinions) {
	}

}
