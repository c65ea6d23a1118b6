package vn.giamsat.plans.internal;

import java.math.BigDecimal;

/** A focal unit's load against its fair share (target = N × capacity ÷ Σ capacity). */
public record UnitLoad(long organisationId, String name, BigDecimal capacity, int load, double target) {

	public double deviation() {
		return load - target;
	}
}
