package vn.giamsat.platform.documents;

import java.text.Normalizer;

/**
 * Cleans user text before it reaches a renderer.
 *
 * <p>
 * Vietnamese typed on some keyboards or pasted from PDFs arrives decomposed (base letter
 * plus combining marks), which renders with misplaced diacritics and defeats text search;
 * NFC fixes that. Characters that XML 1.0 forbids (control characters, lone surrogates)
 * would make both the DOCX and the XHTML for the PDF unreadable, so they are dropped;
 * tabs and line breaks become spaces because both formats would collapse them anyway.
 */
final class DocumentText {

	private DocumentText() {
	}

	static String clean(String text) {
		if (text == null) {
			return "";
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(nfc.length());
		nfc.codePoints().forEach(cp -> {
			if (cp == '\t' || cp == '\n' || cp == '\r') {
				out.append(' ');
			}
			else if (allowedInXml(cp)) {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}

	private static boolean allowedInXml(int cp) {
		return (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
	}

}
