package vn.giamsat.residence.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.giamsat.residence.Assessment;
import vn.giamsat.residence.OpinionAuthor;

/** The two group leaders' opinions per request; a new entry replaces the previous one. */
@Repository
public class OpinionStore {

	private final JdbcClient jdbc;

	OpinionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OpinionRow> of(long requestId) {
		return jdbc.sql("""
				select request_id, author, attendance, example, conduct, movements, content, entered_by, on_behalf,
				       entered_at from residence_opinion where request_id = ? order by author""")
			.param(requestId)
			.query((rs, n) -> new OpinionRow(rs.getLong(1), OpinionAuthor.valueOf(rs.getString(2)),
					Assessment.valueOf(rs.getString(3)), Assessment.valueOf(rs.getString(4)),
					Assessment.valueOf(rs.getString(5)), Assessment.valueOf(rs.getString(6)), rs.getString(7),
					rs.getString(8), rs.getBoolean(9), rs.getObject(10, OffsetDateTime.class)))
			.list();
	}

	void save(long requestId, OpinionDraft d, String by, boolean onBehalf, OffsetDateTime at) {
		jdbc.sql("""
				insert into residence_opinion (request_id, author, attendance, example, conduct, movements, content,
				    entered_by, on_behalf, entered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (request_id, author) do update set attendance = excluded.attendance,
				    example = excluded.example, conduct = excluded.conduct, movements = excluded.movements,
				    content = excluded.content, entered_by = excluded.entered_by, on_behalf = excluded.on_behalf,
				    entered_at = excluded.entered_at""")
			.params(requestId, d.author().name(), d.attendance().name(), d.example().name(), d.conduct().name(),
					d.movements().name(), d.content().strip(), by, onBehalf, at)
			.update();
	}

}
