package vn.giamsat.cultivation.internal.checks;

import java.util.Arrays;
import java.util.List;

/**
 * Turns a text into its set of syllable shingles (k consecutive syllables), each a 64-bit
 * hash, as a sorted array without duplicates. Sorted primitive arrays make the exact
 * Jaccard of two sets one linear merge and cost 8 bytes a shingle, which is what lets
 * 800,000 commitments fit the 30-second budget.
 *
 * <p>
 * The hash is order-sensitive (a shingle is a phrase, not a bag); with 64 bits, two
 * different shingles collide with probability ~10⁻¹⁹ per pair, negligible at this scale.
 */
final class Shingles {

	static final long[] EMPTY = new long[0];

	private Shingles() {
	}

	static long[] of(NormalisedText text, int k, boolean diacriticSensitive) {
		List<String> words = diacriticSensitive ? text.tokens() : text.folded();
		if (words.isEmpty()) {
			return EMPTY;
		}
		int n = Math.max(1, words.size() - k + 1);
		long[] hashes = new long[words.size()];
		for (int i = 0; i < hashes.length; i++) {
			hashes[i] = hash(words.get(i));
		}
		long[] out = new long[n];
		for (int start = 0; start < n; start++) {
			long h = 0x51_7C_C1_B7_27_22_0A_95L;
			for (int j = start; j < Math.min(start + k, hashes.length); j++) {
				h = mix(h * 0x9E37_79B9_7F4A_7C15L + hashes[j]);
			}
			out[start] = h;
		}
		return distinct(out);
	}

	/** {@code shingles} without the elements of sorted {@code removed}. */
	static long[] minus(long[] shingles, long[] removed) {
		if (removed.length == 0) {
			return shingles;
		}
		long[] out = new long[shingles.length];
		int kept = 0;
		for (long shingle : shingles) {
			if (Arrays.binarySearch(removed, shingle) < 0) {
				out[kept++] = shingle;
			}
		}
		return kept == out.length ? shingles : Arrays.copyOf(out, kept);
	}

	/** Size of the intersection of two sorted distinct arrays. */
	static int intersection(long[] a, long[] b) {
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				common++;
				i++;
				j++;
			}
		}
		return common;
	}

	static double jaccard(long[] a, long[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int common = intersection(a, b);
		return (double) common / (a.length + b.length - common);
	}

	static long[] distinct(long[] values) {
		long[] copy = values.clone();
		Arrays.sort(copy);
		int kept = 0;
		for (int i = 0; i < copy.length; i++) {
			if (kept == 0 || copy[i] != copy[kept - 1]) {
				copy[kept++] = copy[i];
			}
		}
		return kept == copy.length ? copy : Arrays.copyOf(copy, kept);
	}

	/**
	 * The 64-bit finaliser of SplitMix64: cheap, and every input bit affects every output
	 * bit.
	 */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
		return z ^ (z >>> 31);
	}

	private static long hash(String word) {
		long h = 0xCBF2_9CE4_8422_2325L;
		for (int i = 0; i < word.length(); i++) {
			h = (h ^ word.charAt(i)) * 0x0100_0000_01B3L;
		}
		return mix(h);
	}

}
