package vn.giamsat.platform.audit;

import java.util.Map;

/** One change to append to the audit log in a batch (imports write thousands at once). */
public record AuditRecord(String action, String entityType, String entityId, Map<String, ?> before,
		Map<String, ?> after) {
}
