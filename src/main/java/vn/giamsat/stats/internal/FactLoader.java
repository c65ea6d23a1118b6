package vn.giamsat.stats.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every record, opinion and opinion's number of people into a {@link FactSnapshot}.
 * One repeatable-read transaction, so the epoch read first and the facts read after are
 * of the same moment: the snapshot is exactly the tables at that epoch.
 */
@Component
class FactLoader {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate sameMoment;

	FactLoader(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		// streamed, not buffered: millions of rows at city scale
		this.jdbc.setFetchSize(20_000);
		this.sameMoment = new TransactionTemplate(transactions);
		this.sameMoment.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.sameMoment.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.sameMoment.setReadOnly(true);
	}

	FactSnapshot load() {
		return sameMoment.execute(status -> {
			long epoch = jdbc.queryForObject("select value from stats_epoch where id = 1", Long.class);
			Map<Long, LongList> records = new HashMap<>();
			int[] maxPerson = { 0 };
			jdbc.query("select organisation_id, record_date, person_id from supervision_record", rs -> {
				long person = rs.getLong(3);
				records.computeIfAbsent(rs.getLong(1), k -> new LongList())
					.add(FactSnapshot.pack(rs.getObject(2, LocalDate.class), person));
				maxPerson[0] = Math.max(maxPerson[0], (int) person);
			});
			Map<Long, LongList> opinions = new HashMap<>();
			jdbc.query("select organisation_id, opinion_date, id from opinion", rs -> {
				opinions.computeIfAbsent(rs.getLong(1), k -> new LongList())
					.add(FactSnapshot.pack(rs.getObject(2, LocalDate.class), rs.getLong(3)));
			});
			Long maxOpinion = jdbc.queryForObject("select coalesce(max(opinion_id), 0) from opinion_person",
					Long.class);
			int[] pairs = new int[Math.toIntExact(maxOpinion) + 1];
			jdbc.query("select opinion_id, count(*) from opinion_person group by opinion_id", rs -> {
				pairs[(int) rs.getLong(1)] = rs.getInt(2);
			});
			Map<Long, LongList> findings = new HashMap<>();
			List<String> criteria = new ArrayList<>();
			Map<String, Integer> criterionIndex = new HashMap<>();
			jdbc.query("""
					select r.organisation_id, r.record_date, c.criterion_code, r.finding
					from supervision_record_criterion c join supervision_record r on r.id = c.record_id""", rs -> {
				int criterion = criterionIndex.computeIfAbsent(rs.getString(3), code -> {
					criteria.add(code);
					return criteria.size() - 1;
				});
				findings.computeIfAbsent(rs.getLong(1), k -> new LongList())
					.add(FactSnapshot.packFinding(rs.getObject(2, LocalDate.class), criterion, rs.getString(4)));
			});
			return new FactSnapshot(epoch, sortAll(records), sortAll(opinions), pairs, maxPerson[0], sortAll(findings),
					List.copyOf(criteria));
		});
	}

	private static Map<Long, long[]> sortAll(Map<Long, LongList> lists) {
		Map<Long, long[]> sorted = new HashMap<>(lists.size() * 2);
		lists.forEach((org, list) -> sorted.put(org, list.sorted()));
		return sorted;
	}

}
