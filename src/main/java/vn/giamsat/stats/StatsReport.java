package vn.giamsat.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The contract's statistics answer (API-CONTRACT.md, Statistics), plus
 * {@code peopleSupervised} and {@code cadresAssigned} totals that the pages show. Levels
 * and organisation types use the contract's codes ({@code QUAN_HUYEN}, {@code MTTQ}, …).
 */
public record StatsReport(LocalDate from, LocalDate to, String unit, long records, long opinions, long peopleSupervised,
		long peopleCommented, long cadresAssigned, List<LevelRow> byLevel, List<TypeRow> byOrganisationType,
		long residenceComments) {

	/**
	 * The same report with the count of residence comments (Regulation 213) returned in
	 * the period for members living in the area: one per member and year.
	 */
	public StatsReport withResidenceComments(long count) {
		return new StatsReport(from, to, unit, records, opinions, peopleSupervised, peopleCommented, cadresAssigned,
				byLevel, byOrganisationType, count);
	}

	/** Counts at one administrative level of the supervising organisations. */
	public record LevelRow(String level, long records, long peopleSupervised, long opinions, long peopleCommented,
			long cadresAssigned) {
	}

	/** Counts of one organisation type at one level. */
	public record TypeRow(String type, String level, long records, long peopleSupervised, long opinions,
			long peopleCommented, long cadresAssigned) {
	}

	public List<TypeRow> typesAt(String level) {
		return byOrganisationType.stream().filter(t -> t.level().equals(level)).toList();
	}

	public LevelRow level(String level) {
		return byLevel.stream()
			.filter(l -> l.level().equals(level))
			.findFirst()
			.orElse(new LevelRow(level, 0, 0, 0, 0, 0));
	}

}
