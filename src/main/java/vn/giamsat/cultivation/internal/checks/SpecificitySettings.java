package vn.giamsat.cultivation.internal.checks;

/**
 * Tunable numbers of the specificity check (configurable by an administrator; the
 * defaults were tuned on {@code src/test/resources/cultivation/specificity-set.txt}).
 *
 * @param minContentSyllables a commitment containing empty formulas is "mostly formulas"
 * when fewer syllables than this remain once formulas and filler words are removed
 * @param minWeaknessSyllables a weakness text with fewer own syllables than this (after
 * removing "không có", "khuyết điểm", formulas and filler) counts as no weakness
 * @param passScore plans scoring at least this are {@code acceptable}
 */
public record SpecificitySettings(int minContentSyllables, int minWeaknessSyllables, int passScore) {

	public static final SpecificitySettings DEFAULTS = new SpecificitySettings(4, 3, 70);

	public SpecificitySettings {
		if (minContentSyllables < 0 || minWeaknessSyllables < 0 || passScore < 0 || passScore > 100) {
			throw new IllegalArgumentException("settings out of range");
		}
	}

}
