package vn.giamsat.cultivation.internal.checks;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.giamsat.shared.text.VietnameseText;

/**
 * Cuts plan text into {@link NormalisedText} syllables: NFC, lower case, punctuation
 * removed, and a diacritic-free twin of every syllable, so the specificity rules and copy
 * detection agree on what "the same words" are.
 *
 * <p>
 * Folding delegates to {@link VietnameseText#fold} (the one definition of folding in the
 * product) but syllable by syllable through a cache: Vietnamese uses only about 7,000
 * distinct syllables (times a few capitalisations), so normalising 800,000 commitments
 * costs a map lookup per syllable instead of Unicode decompositions per text (measured:
 * 16 s without the cache, see docs/BENCHMARKS-cultivation.md). "%" is kept as a token
 * because "100%" is a measure. Tone marks of "oa", "oe", "uy" are put in one place
 * ({@link ToneMarks}), so "hoà" and "hòa" are the same word; letters are never changed
 * otherwise: "Quý" stays distinct from "quy".
 */
public final class TextNormaliser {

	/**
	 * Above this size the cache stops growing; the folding stays correct, only slower.
	 */
	private static final int CACHE_LIMIT = 200_000;

	/** Frozen, shareable; most input is already NFC and passes the quick check. */
	private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

	private static final Map<String, String[]> FORMS = new ConcurrentHashMap<>();

	private TextNormaliser() {
	}

	public static NormalisedText normalise(String text) {
		List<String> tokens = new ArrayList<>();
		List<String> folded = new ArrayList<>();
		boolean accented = false;
		boolean letters = false;
		String raw = (text == null) ? "" : text;
		String nfc = NFC.isNormalized(raw) ? raw : NFC.normalize(raw);
		int start = -1;
		for (int i = 0; i <= nfc.length();) {
			int cp = (i < nfc.length()) ? nfc.codePointAt(i) : ' ';
			boolean wordChar = (cp < 0x80) ? Character.isLetterOrDigit(cp)
					: UCharacter.isLetterOrDigit(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK;
			if (wordChar && start < 0) {
				start = i;
			}
			if (!wordChar && start >= 0) {
				String[] forms = forms(nfc.substring(start, i));
				tokens.add(forms[0]);
				folded.add(forms[1]);
				accented |= !forms[1].equals(forms[0]);
				letters |= forms[0].chars().anyMatch(Character::isLetter);
				start = -1;
			}
			if (cp == '%') {
				tokens.add("%");
				folded.add("%");
			}
			i += Character.charCount(cp);
		}
		return new NormalisedText(tokens, folded, letters && !accented);
	}

	/** The folded form of one syllable. */
	static String fold(String token) {
		return forms(token)[1];
	}

	/** {normalised syllable, folded syllable} of a raw syllable, cached. */
	private static String[] forms(String raw) {
		String[] cached = FORMS.get(raw);
		if (cached == null) {
			String token = ToneMarks.oldStyle(raw.toLowerCase(Locale.ROOT));
			String folded = isAscii(token) ? token : VietnameseText.fold(token).replace(" ", "");
			cached = new String[] { token, folded };
			if (FORMS.size() < CACHE_LIMIT) {
				FORMS.put(raw, cached);
			}
		}
		return cached;
	}

	private static boolean isAscii(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (token.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}
