package vn.giamsat.cultivation.internal.checks;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Candidate generation for {@link CopyDetector}: MinHash signatures of commitment shingle
 * sets, cut into bands; commitments sharing a band are candidates. Only candidates are
 * compared exactly, which turns 5·10⁹ plan pairs (100,000 plans) into a few hundred
 * thousand.
 *
 * <p>
 * Each band is an array of {@code (band hash << 24 | commitment)} longs, sorted: equal
 * hashes become runs, with no hash map and no boxing. 40 bits of band hash make
 * accidental collisions of 800,000 commitments about 0.3 per band, all removed by the
 * exact check. Hence at most 2²⁴ (16.7 million) commitments per run.
 */
final class MinHashLsh {

	static final int MAX_COMMITMENTS = 1 << 24;

	private static final long ID_MASK = MAX_COMMITMENTS - 1;

	private final int bands;

	private final int rows;

	private final long[] seeds;

	MinHashLsh(int bands, int rows) {
		this.bands = bands;
		this.rows = rows;
		this.seeds = new long[bands * rows];
		for (int i = 0; i < this.seeds.length; i++) {
			this.seeds[i] = Shingles.mix(0x2545_F491_4F6C_DD1DL + i);
		}
	}

	/** Visitor of candidate commitment pairs of one band; each band has its own. */
	interface PairSink {

		void accept(int commitmentA, int commitmentB);

	}

	/**
	 * Reports every pair of commitments that share at least one band, skipping buckets
	 * larger than {@code maxBucket}. Commitments with an empty shingle set never match.
	 */
	void candidates(long[][] shingles, int maxBucket, IntFunction<PairSink> sinkForBand) {
		if (shingles.length > MAX_COMMITMENTS) {
			throw new IllegalArgumentException("at most " + MAX_COMMITMENTS + " commitments per run");
		}
		long[][] bandKeys = new long[this.bands][shingles.length];
		IntStream.range(0, shingles.length).parallel().forEach((c) -> {
			long[] set = shingles[c];
			for (int b = 0; b < this.bands; b++) {
				long key = set.length == 0 ? -1 : bandHash(set, b);
				bandKeys[b][c] = (key == -1) ? -1 : ((key >>> 24) << 24) | c;
			}
		});
		PairSink[] sinks = new PairSink[this.bands];
		for (int b = 0; b < this.bands; b++) {
			sinks[b] = sinkForBand.apply(b);
		}
		IntStream.range(0, this.bands).parallel().forEach((b) -> emitRuns(bandKeys[b], maxBucket, sinks[b]));
	}

	private long bandHash(long[] set, int band) {
		long key = band;
		for (int r = 0; r < this.rows; r++) {
			long seed = this.seeds[band * this.rows + r];
			long min = Long.MAX_VALUE;
			for (long shingle : set) {
				long h = Shingles.mix(shingle ^ seed);
				if (h < min) {
					min = h;
				}
			}
			key = Shingles.mix(key * 0x9E37_79B9_7F4A_7C15L + min);
		}
		return key == -1 ? 0 : key;
	}

	private static void emitRuns(long[] keys, int maxBucket, PairSink sink) {
		Arrays.sort(keys);
		int start = 0;
		while (start < keys.length) {
			int end = start + 1;
			long hash = keys[start] >>> 24;
			while (end < keys.length && (keys[end] >>> 24) == hash) {
				end++;
			}
			if (keys[start] != -1 && end - start > 1 && end - start <= maxBucket) {
				for (int i = start; i < end; i++) {
					for (int j = i + 1; j < end; j++) {
						sink.accept((int) (keys[i] & ID_MASK), (int) (keys[j] & ID_MASK));
					}
				}
			}
			start = end;
		}
	}

}
