package vn.giamsat.cultivation;

import java.time.LocalDate;
import java.util.List;

/**
 * A published plan as the public sees it: name, position, unit and commitments, nothing
 * else about the person (no code, birth year, address or party details).
 */
public record PublicPlan(long planId, String fullName, String position, String workplace,
		List<Commitment> commitments) {

	public record Commitment(String area, String action, String measure, LocalDate deadline) {
	}

}
