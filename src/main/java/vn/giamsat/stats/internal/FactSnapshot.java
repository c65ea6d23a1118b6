package vn.giamsat.stats.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts the statistics count, as of one commit epoch (ADR 0010), kept column-wise in
 * memory: per supervising organisation a sorted array of records, each packed as
 * {@code epochDay << 32 | personId}, and a sorted array of opinions packed as
 * {@code epochDay << 32 | opinionId}, with the number of people of each opinion in
 * {@link #pairs}. Never changed once built: a newer epoch makes a new snapshot that
 * shares the arrays of untouched organisations, so a count in progress is never
 * disturbed.
 */
record FactSnapshot(long epoch, Map<Long, long[]> records, Map<Long, long[]> opinions, int[] pairs, int maxPersonId,
		Map<Long, long[]> findings, List<String> criteria) {

	static final long[] NONE = new long[0];

	/**
	 * Findings in the order of the chart; the index of one is packed in a (record,
	 * criterion) fact.
	 */
	static final List<String> FINDINGS = List.of("GOOD", "NOTE", "CONCERN", "SIGN_OF_VIOLATION");

	/**
	 * A (record, criterion) fact of the findings chart, packed as
	 * {@code epochDay << 32 | criterionIndex << 3 | findingIndex}; criterion indexes are
	 * positions in {@code criteria}, which only grows.
	 */
	static long packFinding(LocalDate day, int criterionIndex, String finding) {
		int f = FINDINGS.indexOf(finding);
		return day.toEpochDay() << 32 | (long) criterionIndex << 3 | (f < 0 ? 7 : f);
	}

	/** {@code criteria} with the code added at the end if it is not there yet. */
	static List<String> withCriterion(List<String> criteria, String code) {
		if (criteria.contains(code)) {
			return criteria;
		}
		List<String> more = new ArrayList<>(criteria);
		more.add(code);
		return List.copyOf(more);
	}

	/**
	 * Criterion code → finding → records of the given organisations between two days, the
	 * {@code limit} criteria with most records first (ties by code): the findings chart.
	 */
	Map<String, Map<String, Long>> findingsByCriterion(Iterable<Long> organisations, LocalDate from, LocalDate to,
			int limit) {
		long lo = first(from);
		long hi = after(to);
		long[][] counts = new long[criteria.size()][8];
		for (Long org : organisations) {
			long[] facts = findings.getOrDefault(org, NONE);
			for (int i = lowerBound(facts, lo), b = lowerBound(facts, hi); i < b; i++) {
				int low = (int) facts[i];
				counts[low >>> 3][low & 7]++;
			}
		}
		List<Integer> ranked = new ArrayList<>();
		for (int c = 0; c < counts.length; c++) {
			if (Arrays.stream(counts[c]).sum() > 0) {
				ranked.add(c);
			}
		}
		ranked.sort(java.util.Comparator.comparingLong((Integer c) -> -Arrays.stream(counts[c]).sum())
			.thenComparing(criteria::get));
		Map<String, Map<String, Long>> bars = new LinkedHashMap<>();
		for (int c : ranked.subList(0, Math.min(limit, ranked.size()))) {
			Map<String, Long> byFinding = new LinkedHashMap<>();
			for (int f = 0; f < FINDINGS.size(); f++) {
				if (counts[c][f] > 0) {
					byFinding.put(FINDINGS.get(f), counts[c][f]);
				}
			}
			bars.put(criteria.get(c), byFinding);
		}
		return bars;
	}

	static long pack(LocalDate day, long id) {
		if (id < 0 || id > Integer.MAX_VALUE) {
			throw new IllegalStateException("id out of the packed range: " + id);
		}
		return day.toEpochDay() << 32 | id;
	}

	static int idOf(long packed) {
		return (int) packed;
	}

	/**
	 * The counts of one statistics request; cells are keyed like {@link CountQueries}.
	 */
	record Counts(Map<String, long[]> records, Map<String, long[]> opinions) {
	}

	/**
	 * Counts the records (and distinct people) and the opinions (and their people) of the
	 * given organisations between two days inclusive, per cell {@code LEVEL|TYPE}, per
	 * level {@code LEVEL|*} and in total {@code *|*}. Distinct people are exact: a bit
	 * per person per cell, OR-ed up to the level and the total, so a person supervised by
	 * two organisations of a level counts once there.
	 */
	Counts count(Map<Long, String> cellOfOrganisation, LocalDate from, LocalDate to) {
		long lo = first(from);
		long hi = after(to);
		Map<String, BitSet> people = new HashMap<>();
		Map<String, long[]> records = new LinkedHashMap<>();
		Map<String, long[]> opinions = new LinkedHashMap<>();
		cellOfOrganisation.forEach((org, cell) -> {
			long[] recs = this.records.getOrDefault(org, NONE);
			int a = lowerBound(recs, lo);
			int b = lowerBound(recs, hi);
			if (b > a) {
				BitSet bits = people.computeIfAbsent(cell, k -> new BitSet(maxPersonId + 1));
				for (int i = a; i < b; i++) {
					bits.set(idOf(recs[i]));
				}
				records.computeIfAbsent(cell, k -> new long[2])[0] += b - a;
			}
			long[] ops = this.opinions.getOrDefault(org, NONE);
			a = lowerBound(ops, lo);
			b = lowerBound(ops, hi);
			if (b > a) {
				long commented = 0;
				for (int i = a; i < b; i++) {
					int id = idOf(ops[i]);
					commented += id < pairs.length ? pairs[id] : 0;
				}
				long[] cellOpinions = opinions.computeIfAbsent(cell, k -> new long[2]);
				cellOpinions[0] += b - a;
				cellOpinions[1] += commented;
			}
		});
		Map<String, BitSet> levelPeople = new HashMap<>();
		BitSet everyone = new BitSet(maxPersonId + 1);
		people.forEach((cell, bits) -> {
			records.get(cell)[1] = bits.cardinality();
			levelPeople.computeIfAbsent(levelOf(cell), k -> new BitSet(maxPersonId + 1)).or(bits);
			everyone.or(bits);
		});
		Map<String, long[]> recordRollup = rollUp(records);
		levelPeople.forEach((level, bits) -> recordRollup.get(level + "|*")[1] = bits.cardinality());
		if (!records.isEmpty()) {
			recordRollup.get("*|*")[1] = everyone.cardinality();
		}
		return new Counts(recordRollup, rollUp(opinions));
	}

	/**
	 * The distinct people supervised between two days by the given organisations, as
	 * sorted ids: the list behind a "people supervised" figure, exactly the people its
	 * count counted.
	 */
	int[] people(Iterable<Long> organisations, LocalDate from, LocalDate to) {
		long lo = first(from);
		long hi = after(to);
		BitSet bits = new BitSet(maxPersonId + 1);
		for (Long org : organisations) {
			long[] recs = this.records.getOrDefault(org, NONE);
			for (int i = lowerBound(recs, lo), b = lowerBound(recs, hi); i < b; i++) {
				bits.set(idOf(recs[i]));
			}
		}
		return bits.stream().toArray();
	}

	/**
	 * Records per organisation type (the part after {@code |} of the cell) and first day
	 * of month, for the chart: each organisation's slice is sorted by day, so one pass
	 * with a moving month boundary buckets it.
	 */
	Map<String, Map<LocalDate, Long>> recordsPerMonth(Map<Long, String> cellOfOrganisation, LocalDate from,
			LocalDate to) {
		List<LocalDate> months = new ArrayList<>();
		for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		long lo = first(from);
		long hi = after(to);
		Map<String, long[]> perType = new TreeMap<>();
		cellOfOrganisation.forEach((org, cell) -> {
			long[] recs = this.records.getOrDefault(org, NONE);
			int a = lowerBound(recs, lo);
			int b = lowerBound(recs, hi);
			if (b <= a) {
				return;
			}
			long[] counts = perType.computeIfAbsent(cell.substring(cell.indexOf('|') + 1),
					k -> new long[months.size()]);
			int month = 0;
			long nextMonth = months.size() > 1 ? months.get(1).toEpochDay() : Long.MAX_VALUE;
			for (int i = a; i < b; i++) {
				long day = recs[i] >> 32;
				while (day >= nextMonth) {
					month++;
					nextMonth = month + 1 < months.size() ? months.get(month + 1).toEpochDay() : Long.MAX_VALUE;
				}
				counts[month]++;
			}
		});
		Map<String, Map<LocalDate, Long>> series = new TreeMap<>();
		perType.forEach((type, counts) -> {
			Map<LocalDate, Long> byMonth = new TreeMap<>();
			for (int m = 0; m < counts.length; m++) {
				if (counts[m] > 0) {
					byMonth.put(months.get(m), counts[m]);
				}
			}
			series.put(type, byMonth);
		});
		return series;
	}

	/**
	 * Cells plus their level sums and the total; the second figure summed too (fixed
	 * later for people).
	 */
	private static Map<String, long[]> rollUp(Map<String, long[]> cells) {
		Map<String, long[]> all = new HashMap<>(cells);
		cells.forEach((cell, n) -> {
			for (String key : new String[] { levelOf(cell) + "|*", "*|*" }) {
				long[] sum = all.computeIfAbsent(key, k -> new long[2]);
				sum[0] += n[0];
				sum[1] += n[1];
			}
		});
		return all;
	}

	private static String levelOf(String cell) {
		return cell.substring(0, cell.indexOf('|'));
	}

	/** First packed value of a day. */
	static long first(LocalDate day) {
		return day.toEpochDay() << 32;
	}

	/** First packed value after a day. */
	static long after(LocalDate day) {
		return (day.toEpochDay() + 1) << 32;
	}

	/** First index whose value is ≥ key. */
	static int lowerBound(long[] sorted, long key) {
		int i = Arrays.binarySearch(sorted, key);
		if (i < 0) {
			return -i - 1;
		}
		while (i > 0 && sorted[i - 1] == key) {
			i--;
		}
		return i;
	}

}
