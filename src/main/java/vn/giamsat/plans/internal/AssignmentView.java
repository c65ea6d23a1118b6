package vn.giamsat.plans.internal;

import java.util.List;

/** One subject's row on the plan page, with the explanation of its focal unit. */
public record AssignmentView(long subjectId, String code, String label, String position, String groupName, Long unitId,
		String unitName, boolean pinned, String reason, List<String> allowed, List<String> excluded, List<String> why) {
}
