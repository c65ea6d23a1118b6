package vn.giamsat.platform.web;

/**
 * One thing wrong with the user's input: a message code (resolved in the user's
 * language), its arguments, the field it concerns and, for imports, the row as numbered
 * in the file.
 */
public record Problem(Integer row, String field, String code, Object... args) {

	public static Problem of(String field, String code, Object... args) {
		return new Problem(null, field, code, args);
	}
}
