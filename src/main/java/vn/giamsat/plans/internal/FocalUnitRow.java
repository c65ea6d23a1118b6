package vn.giamsat.plans.internal;

import java.math.BigDecimal;

import vn.giamsat.orgs.OrganisationType;

/**
 * A focal unit of a plan with its capacity (a weight: its fair share is proportional to
 * it).
 */
public record FocalUnitRow(long organisationId, String code, String name, OrganisationType type, BigDecimal capacity) {
}
