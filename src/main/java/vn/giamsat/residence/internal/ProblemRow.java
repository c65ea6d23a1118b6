package vn.giamsat.residence.internal;

/**
 * A member the campaign cannot ask about yet, with the reason code (a message key suffix)
 * and a detail such as the other organisation's name.
 */
public record ProblemRow(long personId, String personCode, String fullName, String code, String detail) {
}
