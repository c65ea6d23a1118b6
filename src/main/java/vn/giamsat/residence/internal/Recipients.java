package vn.giamsat.residence.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * E-mail addresses of the enabled accounts of an organisation. Identity offers no such
 * query in its facade, so this reads the account table read-only (ADR 0009); people have
 * no e-mail of their own. An organisation without addresses still sees its dashboard
 * items.
 */
@Component
class Recipients {

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> of(Long organisationId) {
		if (organisationId == null) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct email from user_account where organisation_id = ? and enabled
				and email is not null and email <> '' order by email""")
			.param(organisationId)
			.query(String.class)
			.list();
	}

}
