package vn.giamsat.cultivation.internal.checks;

import java.text.Normalizer;

/**
 * Vietnamese has two accepted placements of the tone mark in syllables ending in "oa",
 * "oe", "uy": "hòa, khỏe, thủy" (old style, the most common in administrative text) and
 * "hoà, khoẻ, thuỷ" (new style). Both occur in the same office, often in the same plan,
 * and NFC does not unify them; without this two identical commitments would differ in
 * every such syllable. Everything is moved to the old style.
 */
final class ToneMarks {

	private ToneMarks() {
	}

	/** The syllable with its tone mark in the old-style place; other text unchanged. */
	static String oldStyle(String syllable) {
		if (syllable.length() < 2 || syllable.length() > 8) {
			return syllable;
		}
		String nfd = Normalizer.normalize(syllable, Normalizer.Form.NFD);
		int n = nfd.length();
		char mark = nfd.charAt(n - 1);
		if (!isTone(mark) || n < 3) {
			return syllable;
		}
		char last = nfd.charAt(n - 2);
		char before = nfd.charAt(n - 3);
		boolean pair = (before == 'o' && (last == 'a' || last == 'e')) || (before == 'u' && last == 'y');
		boolean afterQ = n >= 4 && nfd.charAt(n - 4) == 'q';
		if (!pair || afterQ) {
			return syllable;
		}
		String moved = nfd.substring(0, n - 2) + mark + last;
		return Normalizer.normalize(moved, Normalizer.Form.NFC);
	}

	private static boolean isTone(char c) {
		return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
	}

}
