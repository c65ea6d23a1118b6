package vn.giamsat.cultivation.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of the cultivation pages: the approval queue of a party committee. */
@Component
public class CultivationQueries {

	public record QueueRow(long planId, long personId, String fullName, String position, int year, int revision,
			Integer score, int version, String weaknesses) {
	}

	private final JdbcClient jdbc;

	CultivationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Submitted plans of the people this committee manages, oldest first. */
	public List<QueueRow> awaitingDecision(long committeeId) {
		return jdbc
			.sql("""
					select c.id, p.id, p.full_name, p.position_title, c.year, c.revision, c.specificity_score, c.version, c.weaknesses
					from cultivation_plan c join person p on p.id = c.person_id
					where p.managing_committee_id = ? and c.status = 'SUBMITTED' order by c.submitted_at, c.id""")
			.param(committeeId)
			.query((rs, n) -> new QueueRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getInt(6), (Integer) rs.getObject(7), rs.getInt(8), rs.getString(9)))
			.list();
	}

}
