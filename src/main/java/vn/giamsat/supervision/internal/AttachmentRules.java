package vn.giamsat.supervision.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.giamsat.platform.web.Problem;
import vn.giamsat.supervision.Attachment;

/**
 * Which files may be attached: documents and photos an officer produces (PDF, Word,
 * Excel, JPEG, PNG), up to 10 MB, recognised by their first bytes and not only by their
 * name, so that a renamed executable is refused.
 */
public final class AttachmentRules {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_FILES = 5;

	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "png", "image/png", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private AttachmentRules() {
	}

	/** The content type to store, or null after adding a problem. */
	public static String check(Attachment a, List<Problem> problems) {
		String name = a.fileName() == null ? "" : a.fileName();
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		String type = TYPES.get(ext);
		if (type == null || !magicMatches(ext, a.content())) {
			problems.add(Problem.of("files", "supervision.error.fileType", name));
			return null;
		}
		if (a.content().length > MAX_BYTES) {
			problems.add(Problem.of("files", "supervision.error.fileSize", name, MAX_BYTES / 1024 / 1024));
			return null;
		}
		return type;
	}

	private static boolean magicMatches(String ext, byte[] c) {
		return switch (ext) {
			case "pdf" -> starts(c, '%', 'P', 'D', 'F');
			case "png" -> starts(c, 0x89, 'P', 'N', 'G');
			case "jpg", "jpeg" -> starts(c, 0xFF, 0xD8, 0xFF);
			default -> starts(c, 'P', 'K', 3, 4);
		};
	}

	private static boolean starts(byte[] c, int... magic) {
		if (c == null || c.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((c[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
