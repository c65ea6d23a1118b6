package vn.giamsat.citizenreports;

/** One uploaded attachment as received; its type is judged by its bytes, not its name. */
public record Evidence(String fileName, byte[] content) {
}
