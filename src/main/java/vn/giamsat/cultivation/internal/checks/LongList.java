package vn.giamsat.cultivation.internal.checks;

import java.util.Arrays;

/**
 * A growable array of primitive longs: candidate pairs and LSH keys number in the
 * millions, and boxing them in a {@code List<Long>} would cost five times the memory.
 */
final class LongList {

	private long[] values = new long[1024];

	private int size;

	void add(long value) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.values.length * 2);
		}
		this.values[this.size++] = value;
	}

	void addAll(LongList other) {
		for (int i = 0; i < other.size; i++) {
			add(other.values[i]);
		}
	}

	int size() {
		return this.size;
	}

	/** Sorted, duplicates removed, as a new array. */
	long[] sortedDistinct() {
		long[] copy = Arrays.copyOf(this.values, this.size);
		Arrays.parallelSort(copy);
		int kept = 0;
		for (int i = 0; i < copy.length; i++) {
			if (kept == 0 || copy[i] != copy[kept - 1]) {
				copy[kept++] = copy[i];
			}
		}
		return Arrays.copyOf(copy, kept);
	}

}
