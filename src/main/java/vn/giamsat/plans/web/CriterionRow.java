package vn.giamsat.plans.web;

/** A supervision criterion as the catalogue page lists it. */
public record CriterionRow(String code, String source, String kind, String scope, String text, boolean retired) {
}
