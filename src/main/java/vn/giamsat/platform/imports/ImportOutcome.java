package vn.giamsat.platform.imports;

/** What an accepted import did: rows created and rows updated (by code). */
public record ImportOutcome(String dataset, int created, int updated) {
}
