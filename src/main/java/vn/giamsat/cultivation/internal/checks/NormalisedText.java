package vn.giamsat.cultivation.internal.checks;

import java.util.List;

/**
 * A text cut into syllables (Vietnamese words are written as space-separated syllables),
 * in two aligned forms: {@code tokens[i]} keeps the diacritics (NFC, lower case) and
 * {@code folded[i]} is the same syllable without them.
 *
 * <p>
 * Matching against a word list uses {@code tokens} when the writer typed diacritics and
 * {@code folded} when the whole text was typed without any ({@link #unaccented()}):
 * comparing folded forms of an accented text would make "bà con" (residents) match the
 * number "ba" (three), which is why folding is not the default.
 *
 * @param tokens NFC lower-case syllables, numbers and "%" signs; punctuation dropped
 * @param folded the same syllables without diacritics, đ → d
 * @param unaccented true when the text has letters but not a single diacritic
 */
public record NormalisedText(List<String> tokens, List<String> folded, boolean unaccented) {

	public NormalisedText {
		tokens = List.copyOf(tokens);
		folded = List.copyOf(folded);
		if (tokens.size() != folded.size()) {
			throw new IllegalArgumentException("tokens and folded tokens must align");
		}
	}

	public int size() {
		return this.tokens.size();
	}

	/**
	 * The form of token {@code i} to compare with a list entry, see the class comment.
	 */
	public String matchForm(int i) {
		return this.unaccented ? this.folded.get(i) : this.tokens.get(i);
	}

	/** Tokens joined by one space: the "identical after normalisation" form. */
	public String joined(boolean diacriticSensitive) {
		return String.join(" ", diacriticSensitive ? this.tokens : this.folded);
	}

}
