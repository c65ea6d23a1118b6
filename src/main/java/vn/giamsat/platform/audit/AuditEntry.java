package vn.giamsat.platform.audit;

import java.time.OffsetDateTime;

/** One row of the audit log as administrators browse it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
		String entityId, String before, String after, String remoteAddress) {
}
