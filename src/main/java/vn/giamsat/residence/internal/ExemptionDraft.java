package vn.giamsat.residence.internal;

import vn.giamsat.residence.ExemptionCategory;

/** An exemption given when the campaign is created: the member's code, why, in words. */
public record ExemptionDraft(String personCode, ExemptionCategory category, String reason) {
}
