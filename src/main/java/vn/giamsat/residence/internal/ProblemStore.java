package vn.giamsat.residence.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members the campaign cannot ask about yet; replaced on every refresh of the list. */
@Repository
public class ProblemStore {

	private final JdbcClient jdbc;

	ProblemStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ProblemRow> of(long campaignId) {
		return jdbc.sql("""
				select p.id, p.code, p.full_name, x.code, x.detail from residence_problem x
				join person p on p.id = x.person_id where x.campaign_id = ? order by p.sort_key, p.id""")
			.param(campaignId)
			.query((rs, n) -> new ProblemRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	void replace(long campaignId, List<ProblemRow> problems) {
		jdbc.sql("delete from residence_problem where campaign_id = ?").param(campaignId).update();
		for (ProblemRow p : problems) {
			jdbc.sql("insert into residence_problem (campaign_id, person_id, code, detail) values (?, ?, ?, ?)")
				.params(campaignId, p.personId(), p.code(), p.detail())
				.update();
		}
	}

}
