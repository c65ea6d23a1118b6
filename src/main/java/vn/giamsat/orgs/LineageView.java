package vn.giamsat.orgs;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One link of the 2025 reorganisation: an old unit (in part) became a new one. */
public record LineageView(long id, long predecessorId, String predecessorCode, String predecessorName, long successorId,
		String successorCode, String successorName, BigDecimal share, String legalReference, LocalDate effectiveDate) {
}
