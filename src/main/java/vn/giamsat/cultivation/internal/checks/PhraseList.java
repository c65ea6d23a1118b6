package vn.giamsat.cultivation.internal.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A maintainable list of phrases (empty formulas, template lines, filler words) matched
 * syllable by syllable on {@link NormalisedText}.
 *
 * <p>
 * Entries are written with diacritics. They match an accented text diacritic-sensitively
 * and a text typed entirely without diacritics on folded forms (see
 * {@link NormalisedText#matchForm}); so "gương mẫu" and "guong mau" are both found, while
 * "gương mẫu" is not found in an accented text that says "guồng máy". Resource files are
 * UTF-8, one entry per line; blank lines and lines starting with {@code #} are ignored.
 */
public final class PhraseList {

	private final List<String> phrases;

	private final List<NormalisedText> normalised;

	public PhraseList(List<String> phrases) {
		Set<String> kept = new LinkedHashSet<>();
		List<NormalisedText> forms = new ArrayList<>();
		for (String phrase : phrases) {
			NormalisedText form = TextNormaliser.normalise(phrase);
			if (form.size() > 0 && kept.add(form.joined(true))) {
				forms.add(form);
			}
		}
		this.phrases = List.copyOf(kept);
		this.normalised = List.copyOf(forms);
	}

	public static PhraseList of(String... phrases) {
		return new PhraseList(List.of(phrases));
	}

	/** Loads a list from the class path, e.g. {@code cultivation/empty-formulas.txt}. */
	public static PhraseList fromResource(String path) {
		return new PhraseList(readLines(path));
	}

	static List<String> readLines(String path) {
		InputStream in = PhraseList.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("missing resource " + path);
		}
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					lines.add(trimmed);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	/** The entries, normalised (NFC, lower case, single spaces), in file order. */
	public List<String> phrases() {
		return this.phrases;
	}

	/** The normalised entries as syllables, in file order. */
	List<NormalisedText> normalised() {
		return this.normalised;
	}

	/**
	 * Marks in {@code covered} every syllable of {@code text} that belongs to an
	 * occurrence of an entry, and returns the distinct entries found (normalised, file
	 * order).
	 */
	public List<String> match(NormalisedText text, BitSet covered) {
		List<String> found = new ArrayList<>();
		for (int p = 0; p < this.normalised.size(); p++) {
			NormalisedText phrase = this.normalised.get(p);
			List<String> words = text.unaccented() ? phrase.folded() : phrase.tokens();
			boolean hit = false;
			for (int start = 0; start + words.size() <= text.size(); start++) {
				if (matchesAt(text, start, words)) {
					covered.set(start, start + words.size());
					hit = true;
				}
			}
			if (hit) {
				found.add(this.phrases.get(p));
			}
		}
		return found;
	}

	/** True when some entry occurs in {@code text}. */
	public boolean containsAny(NormalisedText text) {
		return !match(text, new BitSet()).isEmpty();
	}

	/**
	 * True when some syllable of {@code text} at {@code index} equals a one-word entry.
	 */
	boolean isWordAt(NormalisedText text, int index) {
		return startsAt(text, index) > 0;
	}

	/** Length of the longest entry starting at {@code index}, 0 when none does. */
	int startsAt(NormalisedText text, int index) {
		int longest = 0;
		for (NormalisedText phrase : this.normalised) {
			List<String> words = text.unaccented() ? phrase.folded() : phrase.tokens();
			if (words.size() > longest && index + words.size() <= text.size() && matchesAt(text, index, words)) {
				longest = words.size();
			}
		}
		return longest;
	}

	private static boolean matchesAt(NormalisedText text, int start, List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			if (!text.matchForm(start + i).equals(words.get(i))) {
				return false;
			}
		}
		return true;
	}

}
