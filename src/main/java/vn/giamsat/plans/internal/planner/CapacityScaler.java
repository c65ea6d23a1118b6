package vn.giamsat.plans.internal.planner;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Turns double capacities into exact integers so that the balance objective can be
 * compared without rounding error: each capacity is read as the decimal it was written as
 * ({@link BigDecimal#valueOf(double)}: 0.1 is one tenth, not the nearest binary
 * fraction), rounded to {@value #DECIMALS} decimal places, scaled to an integer and
 * divided by the common gcd.
 *
 * <p>
 * Every quantity the solver compares is then an integer of magnitude below
 * 4·(N+1)·Σweight; the scaler rejects capacities whose spread would overflow a
 * {@code long}.
 */
final class CapacityScaler {

	static final String CAPACITY_NOT_POSITIVE = "planner.error.capacityNotPositive";
	static final String CAPACITY_NOT_FINITE = "planner.error.capacityNotFinite";
	static final String CAPACITY_TOO_SMALL = "planner.error.capacityTooSmall";
	static final String CAPACITIES_OUT_OF_RANGE = "planner.error.capacitiesOutOfRange";
	static final int DECIMALS = 9;

	private CapacityScaler() {
	}

	/** Scaled weights, or {@code null} after adding problems. */
	static long[] scale(String[] unitIds, double[] capacities, int subjectCount, List<PlannerProblem> problems) {
		BigInteger[] scaled = new BigInteger[capacities.length];
		BigInteger gcd = BigInteger.ZERO;
		boolean ok = true;
		for (int u = 0; u < capacities.length; u++) {
			double c = capacities[u];
			String unit = String.valueOf(unitIds[u]);
			if (Double.isNaN(c) || c <= 0) {
				problems.add(PlannerProblem.of(CAPACITY_NOT_POSITIVE, unit, String.valueOf(c)));
				ok = false;
				continue;
			}
			if (Double.isInfinite(c)) {
				problems.add(PlannerProblem.of(CAPACITY_NOT_FINITE, unit, String.valueOf(c)));
				ok = false;
				continue;
			}
			BigInteger v = BigDecimal.valueOf(c).setScale(DECIMALS, RoundingMode.HALF_EVEN).unscaledValue();
			if (v.signum() == 0) {
				problems.add(PlannerProblem.of(CAPACITY_TOO_SMALL, unit, String.valueOf(c)));
				ok = false;
				continue;
			}
			scaled[u] = v;
			gcd = gcd.gcd(v);
		}
		if (!ok || capacities.length == 0) {
			return null;
		}
		BigInteger sum = BigInteger.ZERO;
		long[] weight = new long[capacities.length];
		for (int u = 0; u < capacities.length; u++) {
			scaled[u] = scaled[u].divide(gcd);
			sum = sum.add(scaled[u]);
		}
		BigInteger limit = sum.multiply(BigInteger.valueOf(4L * subjectCount + 4));
		if (limit.bitLength() > 62) {
			problems.add(PlannerProblem.of(CAPACITIES_OUT_OF_RANGE));
			return null;
		}
		for (int u = 0; u < capacities.length; u++) {
			weight[u] = scaled[u].longValueExact();
		}
		return weight;
	}

}
