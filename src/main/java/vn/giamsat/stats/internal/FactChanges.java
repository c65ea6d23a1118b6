package vn.giamsat.stats.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings a {@link FactSnapshot} forward to a later epoch by applying the changes the
 * triggers logged in {@code stats_change} for the epochs in between (migration
 * V2026.11.29.60, ADR 0010). Only the organisations touched get new arrays.
 */
@Component
class FactChanges {

	private static final String CHANGES = """
			select c.fact, c.sign, c.fact_id, c.organisation_id, c.day, c.person_id, c.criterion_code, c.finding
			from stats_commit m join stats_change c on c.txid = m.txid
			where m.epoch > ? and m.epoch <= ? order by m.epoch, c.id""";

	private final JdbcClient jdbc;

	FactChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counter and the oldest epoch whose changes are still kept. */
	record Epoch(long value, long prunedBelow) {
	}

	Epoch epoch() {
		return jdbc.sql("select value, pruned_below from stats_epoch where id = 1")
			.query((rs, n) -> new Epoch(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * The snapshot at {@code epoch}, or empty when the changes cannot be applied exactly
	 * (a table was truncated, or a removal does not match what the snapshot holds) and
	 * the caller must load the tables again.
	 */
	Optional<FactSnapshot> apply(FactSnapshot base, long epoch) {
		Map<Long, Delta> records = new HashMap<>();
		Map<Long, Delta> opinions = new HashMap<>();
		Map<Integer, Integer> pairDeltas = new HashMap<>();
		Map<Long, Delta> findings = new HashMap<>();
		AtomicReference<List<String>> criteria = new AtomicReference<>(base.criteria());
		int[] maxPerson = { base.maxPersonId() };
		boolean[] reset = { false };
		jdbc.sql(CHANGES).params(base.epoch(), epoch).query(rs -> {
			String fact = rs.getString(1);
			int sign = rs.getInt(2);
			switch (fact) {
				case "R" -> {
					long person = rs.getLong(6);
					maxPerson[0] = Math.max(maxPerson[0], (int) person);
					records.computeIfAbsent(rs.getLong(4), k -> new Delta())
						.add(sign, FactSnapshot.pack(rs.getObject(5, LocalDate.class), person));
				}
				case "O" -> opinions.computeIfAbsent(rs.getLong(4), k -> new Delta())
					.add(sign, FactSnapshot.pack(rs.getObject(5, LocalDate.class), rs.getLong(3)));
				case "P" -> pairDeltas.merge(Math.toIntExact(rs.getLong(3)), sign, Integer::sum);
				case "K" -> {
					String code = rs.getString(7);
					List<String> known = criteria.updateAndGet(c -> FactSnapshot.withCriterion(c, code));
					findings.computeIfAbsent(rs.getLong(4), k -> new Delta())
						.add(sign, FactSnapshot.packFinding(rs.getObject(5, LocalDate.class), known.indexOf(code),
								rs.getString(8)));
				}
				default -> reset[0] = true;
			}
		});
		if (reset[0]) {
			return Optional.empty();
		}
		Map<Long, long[]> newRecords = applyAll(base.records(), records);
		Map<Long, long[]> newOpinions = applyAll(base.opinions(), opinions);
		Map<Long, long[]> newFindings = applyAll(base.findings(), findings);
		if (newRecords == null || newOpinions == null || newFindings == null) {
			return Optional.empty();
		}
		int[] pairs = base.pairs();
		if (!pairDeltas.isEmpty()) {
			int maxId = pairDeltas.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
			pairs = Arrays.copyOf(pairs, Math.max(pairs.length, maxId + 1));
			for (Map.Entry<Integer, Integer> d : pairDeltas.entrySet()) {
				pairs[d.getKey()] += d.getValue();
			}
		}
		return Optional
			.of(new FactSnapshot(epoch, newRecords, newOpinions, pairs, maxPerson[0], newFindings, criteria.get()));
	}

	private static Map<Long, long[]> applyAll(Map<Long, long[]> base, Map<Long, Delta> deltas) {
		if (deltas.isEmpty()) {
			return base;
		}
		Map<Long, long[]> next = new HashMap<>(base);
		for (Map.Entry<Long, Delta> d : deltas.entrySet()) {
			long[] merged = d.getValue().applyTo(base.getOrDefault(d.getKey(), FactSnapshot.NONE));
			if (merged == null) {
				return null;
			}
			if (merged.length == 0) {
				next.remove(d.getKey());
			}
			else {
				next.put(d.getKey(), merged);
			}
		}
		return next;
	}

	/** Additions and removals of one organisation's packed facts (multisets). */
	static final class Delta {

		private final LongList added = new LongList();

		private final LongList removed = new LongList();

		void add(int sign, long packed) {
			(sign > 0 ? added : removed).add(packed);
		}

		/** The sorted result, or null when a removal is not there to remove. */
		long[] applyTo(long[] current) {
			LongList all = LongList.of(current);
			for (long v : added.sorted()) {
				all.add(v);
			}
			long[] merged = all.sorted();
			long[] remove = removed.sorted();
			long[] out = new long[merged.length];
			int n = 0;
			int j = 0;
			for (long v : merged) {
				if (j < remove.length && remove[j] < v) {
					return null; // both sorted: remove[j] is not in the list
				}
				if (j < remove.length && remove[j] == v) {
					j++;
				}
				else {
					out[n++] = v;
				}
			}
			return j < remove.length ? null : Arrays.copyOf(out, n);
		}

	}

}
