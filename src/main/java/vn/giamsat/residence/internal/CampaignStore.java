package vn.giamsat.residence.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Campaign rows; optimistic versions so that two clerks never overwrite each other. */
@Repository
public class CampaignStore {

	private static final String SELECT = """
			select c.id, c.organisation_id, o.code, o.name, o.unit_id, c.year, c.due_date, c.status, c.created_by,
			       c.created_at, c.closed_at, c.version
			from residence_campaign c join organisation o on o.id = c.organisation_id""";

	private final JdbcClient jdbc;

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CampaignRow> campaign(long id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CampaignStore::row).optional();
	}

	public Optional<CampaignRow> campaign(long organisationId, int year) {
		return jdbc.sql(SELECT + " where c.organisation_id = ? and c.year = ?")
			.params(organisationId, year)
			.query(CampaignStore::row)
			.optional();
	}

	public List<CampaignRow> ofOrganisation(long organisationId) {
		return jdbc.sql(SELECT + " where c.organisation_id = ? order by c.year desc")
			.param(organisationId)
			.query(CampaignStore::row)
			.list();
	}

	public List<CampaignRow> open() {
		return jdbc.sql(SELECT + " where c.status = 'OPEN' order by c.id").query(CampaignStore::row).list();
	}

	long insert(long organisationId, int year, LocalDate due, String by, OffsetDateTime at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into residence_campaign (organisation_id, year, due_date, status, created_by, created_at)
				values (?, ?, ?, 'OPEN', ?, ?)""").params(organisationId, year, due, by, at).update(keys, "id");
		return keys.getKey().longValue();
	}

	void close(long id, int version, OffsetDateTime at) {
		int n = jdbc.sql("""
				update residence_campaign set status = 'CLOSED', closed_at = ?, version = version + 1
				where id = ? and version = ?""").params(at, id, version).update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("stale campaign " + id);
		}
	}

	void touch(long id) {
		jdbc.sql("update residence_campaign set version = version + 1 where id = ?").param(id).update();
	}

	private static CampaignRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CampaignRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
				rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class), rs.getInt(12));
	}

}
