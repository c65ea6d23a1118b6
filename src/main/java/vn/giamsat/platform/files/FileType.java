package vn.giamsat.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file officers and citizens may upload, recognised by their content and
 * never by their name or the browser's declared type: a program renamed {@code photo.jpg}
 * is not an image.
 */
public enum FileType {

	JPEG("image/jpeg", "jpg", "jpeg"),

	PNG("image/png", "png"),

	WEBP("image/webp", "webp"),

	PDF("application/pdf", "pdf"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private static final int EOCD = 0x06054b50;

	private static final int CENTRAL_HEADER = 0x02014b50;

	private final String mediaType;

	private final List<String> extensions;

	FileType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	/** The media type to store and to answer downloads with. */
	public String mediaType() {
		return this.mediaType;
	}

	/** The file name ends with one of this type's usual extensions (case ignored). */
	public boolean fitsName(String fileName) {
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot >= 0 && this.extensions.contains(name.substring(dot + 1));
	}

	/**
	 * The type of the content, or empty when it is none of these. A ZIP is a Word
	 * document or a workbook only when its directory lists {@code word/} or {@code xl/}
	 * entries; the directory is read without inflating anything, so a ZIP bomb costs
	 * nothing.
	 */
	public static Optional<FileType> of(byte[] content) {
		if (ByteSignature.JPEG.matches(content)) {
			return Optional.of(JPEG);
		}
		if (ByteSignature.PNG.matches(content)) {
			return Optional.of(PNG);
		}
		if (ByteSignature.WEBP.matches(content)) {
			return Optional.of(WEBP);
		}
		if (ByteSignature.PDF.matches(content)) {
			return Optional.of(PDF);
		}
		if (ByteSignature.ZIP.matches(content)) {
			return officeDocument(content);
		}
		return Optional.empty();
	}

	private static Optional<FileType> officeDocument(byte[] zip) {
		int eocd = -1;
		for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
			if (int32(zip, i) == EOCD) {
				eocd = i;
				break;
			}
		}
		if (eocd < 0) {
			return Optional.empty();
		}
		int entries = int16(zip, eocd + 10);
		long at = int32(zip, eocd + 16) & 0xFFFFFFFFL;
		for (int n = 0; n < entries && at + 46 <= zip.length; n++) {
			int p = (int) at;
			if (int32(zip, p) != CENTRAL_HEADER) {
				return Optional.empty();
			}
			int nameLength = int16(zip, p + 28);
			if (p + 46 + nameLength > zip.length) {
				return Optional.empty();
			}
			String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
			if (name.startsWith("word/")) {
				return Optional.of(DOCX);
			}
			if (name.startsWith("xl/")) {
				return Optional.of(XLSX);
			}
			at = (long) p + 46 + nameLength + int16(zip, p + 30) + int16(zip, p + 32);
		}
		return Optional.empty();
	}

	private static int int16(byte[] b, int i) {
		return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
	}

	private static int int32(byte[] b, int i) {
		return int16(b, i) | int16(b, i + 2) << 16;
	}

}
