package vn.giamsat.supervision;

/** A supervised person as pickers and lists show them. */
public record Subject(long id, String code, String fullName, String position) {
}
