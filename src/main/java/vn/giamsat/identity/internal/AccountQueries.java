package vn.giamsat.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.identity.AccountView;
import vn.giamsat.platform.security.Role;
import vn.giamsat.shared.text.VietnameseText;

/** Account lists for administrators, and the addresses other modules notify. */
@Component
public class AccountQueries {

	private static final String SELECT = """
			select a.id, a.username, a.display_name, a.role, a.organisation_id, o.code as org_code, o.name as org_name,
			       p.code as person_code, a.email, a.enabled, a.demo, a.valid_from, a.valid_to, a.version
			from user_account a left join organisation o on o.id = a.organisation_id
			left join person p on p.id = a.person_id
			""";

	private final JdbcClient jdbc;

	AccountQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AccountView> list(String q) {
		String like = q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
		return jdbc
			.sql(SELECT
					+ " where (?::text is null or lower(a.username) like ? or lower(unaccent(a.display_name)) like ?)"
					+ " order by a.username limit 500")
			.params(like, like, like)
			.query(AccountQueries::row)
			.list();
	}

	public Optional<AccountView> byId(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AccountQueries::row).optional();
	}

	/**
	 * E-mail addresses of the organisation's enabled accounts having one of the roles
	 * (any role when none is given), each address once, in username order.
	 */
	public List<String> emailsOf(long organisationId, Collection<Role> roles) {
		String[] names = roles.stream().map(Role::name).toArray(String[]::new);
		return jdbc.sql("""
				select email from user_account
				where organisation_id = ? and enabled and email is not null and email <> ''
				  and (cardinality(?::text[]) = 0 or role = any(?::text[]))
				group by email order by min(username), email""")
			.params(organisationId, names, names)
			.query(String.class)
			.list();
	}

	static AccountView row(ResultSet rs, int n) throws SQLException {
		return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), (Long) rs.getObject("organisation_id"), rs.getString("org_code"),
				rs.getString("org_name"), rs.getString("person_code"), rs.getString("email"), rs.getBoolean("enabled"),
				rs.getBoolean("demo"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getInt("version"));
	}

}
