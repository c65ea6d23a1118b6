package vn.giamsat.platform.audit;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain in order and reports the first row whose content no longer
 * matches its hash (edited), whose predecessor link is broken (a row before it deleted or
 * inserted), or a chain that ends before the recorded head (newest rows deleted).
 */
@Component
public class AuditChainVerifier {

	private final JdbcClient jdbc;

	AuditChainVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Verification(boolean intact, long rowsChecked, Long brokenAtId, String reasonCode) {
	}

	@Transactional(readOnly = true)
	public Verification verify() {
		final String[] prev = { AuditHash.GENESIS };
		final long[] count = { 0 };
		final Long[] broken = { null };
		final String[] reason = { null };
		final long[] lastId = { 0 };
		jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state,
				       remote_address, prev_hash, hash
				from audit_event order by id""").query(rs -> {
			if (broken[0] != null) {
				return;
			}
			long id = rs.getLong("id");
			var row = new AuditHash.Row(id, rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("before_state"), rs.getString("after_state"), rs.getString("remote_address"));
			count[0]++;
			if (!prev[0].equals(rs.getString("prev_hash"))) {
				broken[0] = id;
				reason[0] = "audit.verify.linkBroken";
			}
			else if (!AuditHash.of(prev[0], row).equals(rs.getString("hash"))) {
				broken[0] = id;
				reason[0] = "audit.verify.contentChanged";
			}
			prev[0] = rs.getString("hash");
			lastId[0] = id;
		});
		if (broken[0] == null) {
			var head = jdbc.sql("select last_id, last_hash from audit_head")
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
				.optional();
			if (head.isPresent() && ((Long) head.get()[0] != lastId[0] || !head.get()[1].equals(prev[0]))) {
				broken[0] = (Long) head.get()[0];
				reason[0] = "audit.verify.tailDeleted";
			}
		}
		return new Verification(broken[0] == null, count[0], broken[0], reason[0]);
	}

}
