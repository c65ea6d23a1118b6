package vn.giamsat.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import vn.giamsat.platform.files.ByteSignature;

/**
 * Decides how to read an upload from its first bytes (the signatures shared with the
 * upload checks, {@link ByteSignature}), because browsers send whatever name the user's
 * file had: a CSV renamed to .xlsx, an old .xls, a scanned PDF. The name is used only to
 * refuse a text file that claims to be a workbook, which usually means the user saved it
 * wrongly.
 */
final class FileSniffer {

	enum Kind {

		XLSX, CSV,
		/** A Word document ({@code word/document.xml} inside the ZIP). */
		DOCX

	}

	private static final int HEAD = 8192;

	private FileSniffer() {
	}

	/**
	 * @return the kind and, for CSV, the first bytes (to guess the delimiter)
	 * @throws ImportRejectedException for empty, oversized or unsupported files
	 */
	static Sniffed sniff(ImportSource source, ImportLimits limits) throws IOException {
		long size = source.size();
		if (size == 0) {
			throw ImportRejectedException.ofFile(ImportMessages.FILE_EMPTY);
		}
		if (size > limits.maxBytes()) {
			throw ImportRejectedException.ofFile(ImportMessages.FILE_TOO_LARGE, limits.maxMegabytes());
		}
		byte[] head;
		try (InputStream in = source.open()) {
			head = in.readNBytes(HEAD);
		}
		if (ByteSignature.ZIP.matches(head)) {
			return new Sniffed(isWordDocument(source) ? Kind.DOCX : Kind.XLSX, head);
		}
		if (ByteSignature.PDF.matches(head)) {
			throw ImportRejectedException.ofFile(ImportMessages.FILE_PDF);
		}
		if (ByteSignature.OLE2.matches(head)) {
			throw ImportRejectedException.ofFile(ImportMessages.FILE_LEGACY_XLS);
		}
		if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
			// Excel's "Unicode Text" is UTF-16: readable, but not what the contract
			// accepts.
			throw new ImportRejectedException(
					java.util.List.of(new ImportError(1, null, ImportMessages.FILE_NOT_UTF8, 1)));
		}
		if (containsNul(head) || looksLikeMarkup(head)) {
			// Markup: many Vietnamese office systems "export to Excel" as an HTML table
			// named
			// .xls; read as CSV it would only give a confusing header error.
			throw ImportRejectedException.ofFile(ImportMessages.FILE_BINARY);
		}
		if (claimsWorkbook(source.originalName())) {
			throw ImportRejectedException.ofFile(ImportMessages.FILE_NOT_XLSX);
		}
		return new Sniffed(Kind.CSV, head);
	}

	/**
	 * Whether the ZIP holds a Word document and no workbook. Reads only the central
	 * directory; a damaged ZIP is left to the workbook reader, which reports it.
	 */
	private static boolean isWordDocument(ImportSource source) {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(source.path().toFile())) {
			return zip.getEntry("word/document.xml") != null && zip.getEntry("xl/workbook.xml") == null;
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static boolean claimsWorkbook(String name) {
		if (name == null) {
			return false;
		}
		String lower = name.toLowerCase(Locale.ROOT).strip();
		return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean looksLikeMarkup(byte[] head) {
		for (byte b : head) {
			if (b == '<') {
				return true;
			}
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
					&& b != (byte) 0xBF) {
				return false; // the first visible character decides; BOM bytes are
								// skipped
			}
		}
		return false;
	}

	private static boolean containsNul(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Comma is the contract's delimiter, but Excel on Windows with Vietnamese regional
	 * settings (decimal comma) saves "CSV" with semicolons; a header line with semicolons
	 * and no comma can only mean that.
	 */
	static char guessDelimiter(byte[] head) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (byte b : head) {
			if (b == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (b == '\n' || b == '\r')) {
				break;
			}
			else if (!quoted && b == ',') {
				commas++;
			}
			else if (!quoted && b == ';') {
				semicolons++;
			}
		}
		return commas == 0 && semicolons > 0 ? ';' : ',';
	}

	record Sniffed(Kind kind, byte[] head) {
	}

}
