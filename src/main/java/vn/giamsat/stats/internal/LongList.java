package vn.giamsat.stats.internal;

import java.util.Arrays;

/**
 * A growable list of primitive longs: 5 million boxed Longs would cost ten times the
 * memory.
 */
final class LongList {

	private long[] values;

	private int size;

	LongList() {
		this(8);
	}

	LongList(int capacity) {
		this.values = new long[Math.max(capacity, 8)];
	}

	static LongList of(long[] values) {
		LongList list = new LongList(values.length + 8);
		System.arraycopy(values, 0, list.values, 0, values.length);
		list.size = values.length;
		return list;
	}

	void add(long value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size + (size >> 1) + 8);
		}
		values[size++] = value;
	}

	int size() {
		return size;
	}

	long[] sorted() {
		long[] out = Arrays.copyOf(values, size);
		Arrays.sort(out);
		return out;
	}

}
