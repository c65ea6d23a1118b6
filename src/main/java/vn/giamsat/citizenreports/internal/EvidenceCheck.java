package vn.giamsat.citizenreports.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.giamsat.citizenreports.Evidence;
import vn.giamsat.platform.web.Problem;

/**
 * Accepts JPEG, PNG and PDF judged by their first bytes: a program renamed
 * {@code photo.jpg} is refused whatever its name says.
 */
@Component
class EvidenceCheck {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private final ReportSettings settings;

	EvidenceCheck(ReportSettings settings) {
		this.settings = settings;
	}

	void check(List<Evidence> files, List<Problem> problems) {
		if (files.size() > settings.maxAttachments()) {
			problems.add(Problem.of("evidence", "citizenreports.error.tooManyFiles", settings.maxAttachments()));
			return;
		}
		for (Evidence e : files) {
			String name = displayName(e.fileName());
			if (e.content().length > settings.maxAttachmentBytes()) {
				problems.add(Problem.of("evidence", "citizenreports.error.fileTooLarge", name,
						settings.maxAttachmentBytes() / (1024 * 1024)));
			}
			else if (type(e.content()).isEmpty()) {
				problems.add(Problem.of("evidence", "citizenreports.error.fileType", name));
			}
		}
	}

	static Optional<String> type(byte[] b) {
		if (startsWith(b, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(b, PNG)) {
			return Optional.of("image/png");
		}
		if (startsWith(b, PDF)) {
			return Optional.of("application/pdf");
		}
		return Optional.empty();
	}

	/** The name shown back and stored: no path, nothing longer than 200 characters. */
	static String displayName(String fileName) {
		String n = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
		n = n.isEmpty() ? "tep" : n;
		return n.length() > 200 ? n.substring(n.length() - 200) : n;
	}

	private static boolean startsWith(byte[] b, byte[] magic) {
		if (b.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (b[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
