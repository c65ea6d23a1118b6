package vn.giamsat.supervision.internal;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.giamsat.supervision.CadreOpinion;
import vn.giamsat.supervision.CadreOpinions;
import vn.giamsat.supervision.OpinionTopic;

/**
 * Turns the released opinions of one cadre into what the cadre may see. The author is
 * never shown; and when fewer distinct organisations than the threshold contributed, the
 * remaining clues (order, timing) are removed too: opinions are grouped by subject matter
 * and ordered by a hash of their id instead of by date, with only the month shown.
 */
public final class CadreView {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private CadreView() {
	}

	public static CadreOpinions of(List<OpinionStore.Released> released, int threshold) {
		long contributors = released.stream().map(OpinionStore.Released::organisationId).distinct().count();
		boolean aggregated = contributors < threshold;
		List<CadreOpinion> opinions = released.stream().map(CadreView::withoutAuthor).toList();
		if (!aggregated) {
			return new CadreOpinions(false, threshold, List.of(new CadreOpinions.Group(null, opinions)));
		}
		Map<OpinionTopic, List<CadreOpinion>> byTopic = new LinkedHashMap<>();
		for (OpinionTopic t : OpinionTopic.values()) {
			List<CadreOpinion> group = opinions.stream()
				.filter(o -> o.topic() == t)
				.sorted(Comparator.comparingLong(o -> scramble(o.id())))
				.toList();
			if (!group.isEmpty()) {
				byTopic.put(t, group);
			}
		}
		return new CadreOpinions(true, threshold,
				byTopic.entrySet().stream().map(e -> new CadreOpinions.Group(e.getKey(), e.getValue())).toList());
	}

	private static CadreOpinion withoutAuthor(OpinionStore.Released r) {
		return new CadreOpinion(r.id(), MONTH.format(r.date()), r.kind(), r.topic(), r.content(), r.commitment(),
				r.answerKind(), r.answerText());
	}

	/**
	 * A fixed permutation of ids (Fibonacci hashing): stable on reload, unrelated to
	 * time.
	 */
	static long scramble(long id) {
		return Long.rotateLeft(id * 0x9E3779B97F4A7C15L, 17);
	}

}
