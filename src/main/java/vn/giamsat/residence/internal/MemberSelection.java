package vn.giamsat.residence.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a workplace organisation asks about: its party members (managed by it or working in
 * it) who live outside the unit they work in, with the party cell and Front work
 * committee of their residential group. Members who work in their own group (the group's
 * cell secretary, its Front work committee head) already take part there and are not
 * asked about. Reads the people and structure tables directly: a read-only join, like the
 * other workflow modules do.
 */
@Component
class MemberSelection {

	private static final String SELECT = """
			select p.id, p.code, p.full_name, p.residence_unit_id,
			    (select o.id from organisation o where o.unit_id = p.residence_unit_id and o.type = 'PARTY_CELL'
			     order by o.valid_to desc nulls first, o.id limit 1),
			    (select o.id from organisation o where o.unit_id = p.residence_unit_id
			     and o.type = 'FRONT_WORK_COMMITTEE' order by o.valid_to desc nulls first, o.id limit 1)
			from person p left join organisation w on w.id = p.workplace_id""";

	private final JdbcClient jdbc;

	MemberSelection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Candidate> membersOf(long organisationId) {
		return jdbc.sql(SELECT + """
				 where p.party_member and p.workplace_id is not null
				   and (p.managing_committee_id = ? or p.workplace_id = ?)
				   and (p.residence_unit_id is null or w.unit_id <> p.residence_unit_id)
				order by p.sort_key, p.id""").params(organisationId, organisationId).query(MemberSelection::row).list();
	}

	/**
	 * Anybody by code, for a member the clerk adds by hand; party membership checked by
	 * the caller.
	 */
	Optional<Candidate> byCode(String code) {
		return jdbc.sql(SELECT + " where lower(p.code) = lower(?)").param(code).query(MemberSelection::row).optional();
	}

	boolean partyMember(long personId) {
		return jdbc.sql("select party_member from person where id = ?").param(personId).query(Boolean.class).single();
	}

	private static Candidate row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
				(Long) rs.getObject(5), (Long) rs.getObject(6));
	}

}
