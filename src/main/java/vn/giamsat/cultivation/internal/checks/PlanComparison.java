package vn.giamsat.cultivation.internal.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.ibm.icu.lang.UCharacter;

/**
 * Two plans side by side as the comparison page shows them: the plan-level similarity and
 * verdict of {@link CopyDetector} (same shingles, same thresholds, official template
 * removed), the commitment pairs ({@link CommitmentMatcher}) and every commitment cut
 * into passages, marked where a shingle of it also occurs in the other plan. Marks are
 * computed from the same hashes the detector compares, so what is highlighted is exactly
 * what made the plans similar.
 */
public final class PlanComparison {

	/** A run of the original text, marked when shared with the other plan. */
	public record Segment(String text, boolean marked) {
	}

	/** One commitment with its action and measure cut into segments. */
	public record Commitment(int index, Area area, List<Segment> action, List<Segment> measure) {

		public boolean anyMarked() {
			return action.stream().anyMatch(Segment::marked) || measure.stream().anyMatch(Segment::marked);
		}

	}

	/**
	 * @param copied the detector would report the pair with these settings
	 */
	public record Result(double jaccard, double containment, boolean copied, List<CopyPair.CommitmentMatch> matches,
			List<Commitment> commitmentsA, List<Commitment> commitmentsB) {
	}

	private record Token(int start, int end, String form) {
	}

	private final CopySettings settings;

	private final long[] template;

	public PlanComparison(List<String> templateLines, CopySettings settings) {
		this.settings = settings;
		LongList all = new LongList();
		for (String line : templateLines) {
			for (long shingle : Shingles.of(TextNormaliser.normalise(line), settings.shingleSize(),
					settings.diacriticSensitive())) {
				all.add(shingle);
			}
		}
		this.template = all.sortedDistinct();
	}

	public Result compare(PlanText a, PlanText b) {
		PlanShingles index = PlanShingles.build(List.of(a, b), settings, template);
		long[] setA = index.plan(0);
		long[] setB = index.plan(1);
		int common = Shingles.intersection(setA, setB);
		int union = setA.length + setB.length - common;
		double jaccard = union == 0 ? 0 : (double) common / union;
		int smaller = Math.min(setA.length, setB.length);
		double containment = smaller == 0 ? 0 : (double) common / smaller;
		boolean copied = setA.length >= settings.minOwnShingles() && setB.length >= settings.minOwnShingles()
				&& (jaccard >= settings.planJaccard() || smaller >= settings.minShinglesForContainment()
						&& containment >= settings.planContainment());
		return new Result(jaccard, containment, copied, CommitmentMatcher.match(index.commitmentsOf(0),
				index.commitmentsOf(1), settings.commitmentSimilarity()), marked(a, setB), marked(b, setA));
	}

	private List<Commitment> marked(PlanText plan, long[] other) {
		List<Commitment> out = new ArrayList<>();
		int i = 0;
		for (CommitmentText c : plan.commitments()) {
			String action = nfc(c.action());
			String measure = nfc(c.measure());
			List<Token> actionTokens = tokens(action);
			List<Token> measureTokens = tokens(measure);
			List<Token> all = new ArrayList<>(actionTokens);
			all.addAll(measureTokens);
			boolean[] marks = marks(all, other);
			out.add(new Commitment(i++, c.area(),
					segments(action, actionTokens, Arrays.copyOf(marks, actionTokens.size())),
					segments(measure, measureTokens, Arrays.copyOfRange(marks, actionTokens.size(), marks.length))));
		}
		return out;
	}

	/** Token j is marked when a shingle covering it is in {@code other}. */
	private boolean[] marks(List<Token> tokens, long[] other) {
		boolean[] marks = new boolean[tokens.size()];
		if (tokens.isEmpty()) {
			return marks;
		}
		int k = settings.shingleSize();
		int windows = Math.max(1, tokens.size() - k + 1);
		for (int start = 0; start < windows; start++) {
			int end = Math.min(start + k, tokens.size());
			List<String> forms = tokens.subList(start, end).stream().map(Token::form).toList();
			long[] hash = Shingles.of(new NormalisedText(forms, forms, false), k, true);
			if (hash.length > 0 && Arrays.binarySearch(other, hash[0]) >= 0) {
				Arrays.fill(marks, start, end, true);
			}
		}
		return marks;
	}

	private static List<Segment> segments(String text, List<Token> tokens, boolean[] marks) {
		boolean[] chars = new boolean[text.length()];
		for (int t = 0; t < tokens.size(); t++) {
			if (marks[t]) {
				int to = (t + 1 < tokens.size() && marks[t + 1]) ? tokens.get(t + 1).start() : tokens.get(t).end();
				Arrays.fill(chars, tokens.get(t).start(), to, true);
			}
		}
		List<Segment> out = new ArrayList<>();
		int from = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || chars[i] != chars[from]) {
				out.add(new Segment(text.substring(from, i), chars[from]));
				from = i;
			}
		}
		return out;
	}

	/** Syllables with their places in the text, cut as {@link TextNormaliser} does. */
	private List<Token> tokens(String text) {
		List<Token> out = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= text.length();) {
			int cp = (i < text.length()) ? text.codePointAt(i) : ' ';
			boolean wordChar = (cp < 0x80) ? Character.isLetterOrDigit(cp)
					: UCharacter.isLetterOrDigit(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK;
			if (wordChar && start < 0) {
				start = i;
			}
			if (!wordChar && start >= 0) {
				NormalisedText word = TextNormaliser.normalise(text.substring(start, i));
				String form = settings.diacriticSensitive() ? word.tokens().get(0) : word.folded().get(0);
				out.add(new Token(start, i, form));
				start = -1;
			}
			if (cp == '%') {
				out.add(new Token(i, i + 1, "%"));
			}
			i += Character.charCount(cp);
		}
		return out;
	}

	private static String nfc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
