package vn.giamsat.residence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.giamsat.residence.ExemptionCategory;
import vn.giamsat.residence.Rating;
import vn.giamsat.residence.RequestState;

/**
 * Requests and their state changes. Every change checks the row's version, so a cell and
 * a clerk acting at once never overwrite each other silently.
 */
@Repository
public class RequestStore {

	private static final String SELECT = """
			select r.id, r.campaign_id, r.person_id, p.code, p.full_name, p.position_title, w.name, r.year,
			       r.residence_unit_id, u.name, r.residence_cell_id, cell.name, r.front_committee_id, r.state,
			       r.manual_reason, r.exemption_category, r.exemption_reason, r.sent_at, r.comment, r.rating,
			       r.returned_at, r.returned_by, r.late, r.version, c.due_date, c.organisation_id, co.name,
			       c.status = 'OPEN'
			from residence_request r join residence_campaign c on c.id = r.campaign_id
			join organisation co on co.id = c.organisation_id join person p on p.id = r.person_id
			left join organisation w on w.id = p.workplace_id join admin_unit u on u.id = r.residence_unit_id
			join organisation cell on cell.id = r.residence_cell_id""";

	private static final String ORDER = " order by p.sort_key, p.id";

	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<RequestRow> request(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(RequestStore::row).optional();
	}

	public List<RequestRow> ofCampaign(long campaignId) {
		return jdbc.sql(SELECT + " where r.campaign_id = ?" + ORDER).param(campaignId).query(RequestStore::row).list();
	}

	/** What a residence cell has been asked (never the ones not yet sent). */
	public List<RequestRow> forCell(long cellId, Integer year) {
		return jdbc
			.sql(SELECT + " where r.residence_cell_id = ? and r.state in ('SENT', 'RETURNED')"
					+ " and (?::int is null or r.year = ?::int)" + ORDER)
			.params(cellId, year, year)
			.query(RequestStore::row)
			.list();
	}

	public List<RequestRow> forFrontCommittee(long organisationId, Integer year) {
		return jdbc
			.sql(SELECT + " where r.front_committee_id = ? and r.state in ('SENT', 'RETURNED')"
					+ " and (?::int is null or r.year = ?::int)" + ORDER)
			.params(organisationId, year, year)
			.query(RequestStore::row)
			.list();
	}

	public List<RequestRow> returnedFor(long personId) {
		return jdbc.sql(SELECT + " where r.person_id = ? and r.state = 'RETURNED' order by r.year desc")
			.param(personId)
			.query(RequestStore::row)
			.list();
	}

	/**
	 * The other campaign's organisation name if the person is already asked about this
	 * year.
	 */
	public Optional<String> askedElsewhere(long personId, int year, long campaignId) {
		return jdbc.sql("""
				select o.name from residence_request r join residence_campaign c on c.id = r.campaign_id
				join organisation o on o.id = c.organisation_id
				where r.person_id = ? and r.year = ? and r.campaign_id <> ?""")
			.params(personId, year, campaignId)
			.query(String.class)
			.optional();
	}

	void insert(long campaignId, long personId, int year, Candidate c, String manualReason) {
		jdbc.sql("""
				insert into residence_request (campaign_id, person_id, year, residence_unit_id, residence_cell_id,
				    front_committee_id, state, manual_reason) values (?, ?, ?, ?, ?, ?, 'LISTED', ?)""")
			.params(campaignId, personId, year, c.residenceUnitId(), c.cellId(), c.frontCommitteeId(), manualReason)
			.update();
	}

	void exempt(RequestRow r, ExemptionCategory category, String reason) {
		change(r, """
				update residence_request set state = 'EXEMPT', exemption_category = ?, exemption_reason = ?,
				    version = version + 1 where id = ? and version = ?""", category.name(), reason);
	}

	void unexempt(RequestRow r) {
		change(r, """
				update residence_request set state = 'LISTED', exemption_category = null, exemption_reason = null,
				    version = version + 1 where id = ? and version = ?""");
	}

	/**
	 * @return how many listed requests were sent
	 */
	int sendListed(long campaignId, OffsetDateTime at) {
		return jdbc.sql("""
				update residence_request set state = 'SENT', sent_at = ?, version = version + 1
				where campaign_id = ? and state = 'LISTED'""").params(at, campaignId).update();
	}

	void returnComment(RequestRow r, String comment, Rating rating, OffsetDateTime at, String by, boolean late) {
		change(r, """
				update residence_request set state = 'RETURNED', comment = ?, rating = ?, returned_at = ?,
				    returned_by = ?, late = ?, version = version + 1 where id = ? and version = ?""", comment,
				rating.name(), at, by, late);
	}

	void touch(RequestRow r) {
		change(r, "update residence_request set version = version + 1 where id = ? and version = ?");
	}

	private void change(RequestRow r, String sql, Object... leading) {
		Object[] params = new Object[leading.length + 2];
		System.arraycopy(leading, 0, params, 0, leading.length);
		params[leading.length] = r.id();
		params[leading.length + 1] = r.version();
		if (jdbc.sql(sql).params(params).update() == 0) {
			throw new OptimisticLockingFailureException("stale residence request " + r.id());
		}
	}

	static RequestRow row(ResultSet rs, int n) throws SQLException {
		String exemption = rs.getString(16);
		String rating = rs.getString(20);
		return new RequestRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getInt(8), rs.getLong(9), rs.getString(10), rs.getLong(11),
				rs.getString(12), (Long) rs.getObject(13), RequestState.valueOf(rs.getString(14)), rs.getString(15),
				exemption == null ? null : ExemptionCategory.valueOf(exemption), rs.getString(17),
				rs.getObject(18, OffsetDateTime.class), rs.getString(19),
				rating == null ? null : Rating.valueOf(rating), rs.getObject(21, OffsetDateTime.class),
				rs.getString(22), rs.getBoolean(23), rs.getInt(24), rs.getObject(25, LocalDate.class), rs.getLong(26),
				rs.getString(27), rs.getBoolean(28));
	}

}
