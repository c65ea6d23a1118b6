package vn.giamsat.platform.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who changed what, when and from where, with the state before and after. Each
 * row carries the hash of its predecessor and its own content, so that editing or
 * deleting a row breaks the chain ({@link AuditChainVerifier}). Appends are serialised by
 * a transaction-level advisory lock, which also holds across application instances
 * sharing one database.
 */
@Component
public class AuditLog {

	/** Any fixed number; all instances must use the same one. */
	private static final long CHAIN_LOCK = 0x6175646974L;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final JdbcTemplate jdbcTemplate;

	AuditLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Joins the caller's transaction, so an audit row exists exactly when the change
	 * committed.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String actor = auth == null ? "system" : auth.getName();
		append(actor, action, entityType, entityId == null ? null : String.valueOf(entityId), before, after,
				remoteAddress());
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String actor, String action, String entityType, Object entityId, Map<String, ?> after) {
		append(actor, action, entityType, entityId == null ? null : String.valueOf(entityId), null, after,
				remoteAddress());
	}

	/**
	 * Appends many rows under one lock with JDBC batches: an import of 100,000 people
	 * writes 100,000 audit rows in seconds, not minutes, and the chain stays one chain.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(List<AuditRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String actor = auth == null ? "system" : auth.getName();
		String address = remoteAddress();
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
		String prev = jdbc.sql("select last_hash from audit_head")
			.query(String.class)
			.optional()
			.orElse(AuditHash.GENESIS);
		OffsetDateTime at = OffsetDateTime.now(clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MICROS);
		List<Long> ids = jdbc.sql("select nextval('audit_event_id_seq') from generate_series(1, ?)")
			.param(records.size())
			.query(Long.class)
			.list();
		List<Object[]> rows = new ArrayList<>(records.size());
		long lastId = 0;
		for (int i = 0; i < records.size(); i++) {
			AuditRecord r = records.get(i);
			String beforeJson = r.before() == null ? null : json.writeValueAsString(r.before());
			String afterJson = r.after() == null ? null : json.writeValueAsString(r.after());
			long id = ids.get(i);
			String hash = AuditHash.of(prev, new AuditHash.Row(id, at, actor, r.action(), r.entityType(), r.entityId(),
					beforeJson, afterJson, address));
			rows.add(new Object[] { id, at, actor, r.action(), r.entityType(), r.entityId(), beforeJson, afterJson,
					address, prev, hash });
			prev = hash;
			lastId = id;
		}
		jdbcTemplate.batchUpdate("""
				insert into audit_event (id, occurred_at, actor, action, entity_type, entity_id, before_state,
				  after_state, remote_address, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		jdbc.sql("""
				insert into audit_head (singleton, last_id, last_hash) values (true, ?, ?)
				on conflict (singleton) do update set last_id = excluded.last_id, last_hash = excluded.last_hash""")
			.params(lastId, prev)
			.update();
	}

	private void append(String actor, String action, String entityType, String entityId, Map<String, ?> before,
			Map<String, ?> after, String address) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
		String prev = jdbc.sql("select last_hash from audit_head")
			.query(String.class)
			.optional()
			.orElse(AuditHash.GENESIS);
		OffsetDateTime at = OffsetDateTime.now(clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MICROS);
		String beforeJson = before == null ? null : json.writeValueAsString(before);
		String afterJson = after == null ? null : json.writeValueAsString(after);
		long id = jdbc.sql("select nextval('audit_event_id_seq')").query(Long.class).single();
		var row = new AuditHash.Row(id, at, actor, action, entityType, entityId, beforeJson, afterJson, address);
		String hash = AuditHash.of(prev, row);
		jdbc.sql("""
				insert into audit_event (id, occurred_at, actor, action, entity_type, entity_id, before_state,
				  after_state, remote_address, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, at, actor, action, entityType, entityId, beforeJson, afterJson, address, prev, hash)
			.update();
		jdbc.sql("""
				insert into audit_head (singleton, last_id, last_hash) values (true, ?, ?)
				on conflict (singleton) do update set last_id = excluded.last_id, last_hash = excluded.last_hash""")
			.params(id, hash)
			.update();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
