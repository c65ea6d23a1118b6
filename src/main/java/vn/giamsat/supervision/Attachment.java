package vn.giamsat.supervision;

/** A file attached to a record, as uploaded. */
public record Attachment(String fileName, String contentType, byte[] content) {
}
