package vn.giamsat.platform.imports;

/** One line of the error table on the import page, already in the user's language. */
public record ImportErrorLine(String row, String column, String message) {
}
