package vn.giamsat.cultivation.internal.checks;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Advises the approving party committee whether a self-cultivation plan is "concrete,
 * easy to evaluate at year end" or "chung chung, dàn trải" (Directive 05 practice). Pure
 * and thread-safe once built.
 *
 * <p>
 * Rules, for each commitment (action and measure read together):
 * <ul>
 * <li>{@link FlagCode#NO_MEASURE} when it has <em>no number and no time</em> (the
 * deadline field counts as a time). One of the two suffices: "đọc 3 cuốn sách" and "báo
 * cáo hằng quý" can both be checked.</li>
 * <li>{@link FlagCode#NO_OBJECT}, separately, when it names no concrete object (see
 * {@link MeasureSignals}); a lighter penalty, as the list of objects is a heuristic.</li>
 * <li>{@link FlagCode#EMPTY_FORMULA} when it contains empty formulas and they are "most"
 * of it: removing formulas and {@link FillerWords} leaves fewer than
 * {@code minContentSyllables} syllables, or no more syllables than the formulas had.</li>
 * <li>{@link FlagCode#TEMPLATE_COPY} when the action, or action and measure, equal a line
 * of the official template after normalisation (folded, punctuation and leading numbering
 * ignored).</li>
 * </ul>
 * For the plan: {@link FlagCode#NO_WEAKNESS} when the weakness text, without formulas,
 * filler and phrases like "không có", "khuyết điểm", has fewer than
 * {@code minWeaknessSyllables} syllables; {@link FlagCode#NO_COMMITMENT} when empty.
 *
 * <p>
 * Score: each commitment starts at 100 and loses the {@link FlagCode#weight()} of each of
 * its flags (floor 0); the plan score is the mean over commitments minus the weights of
 * plan-level flags, rounded and clamped to 0–100. A plan of concrete commitments without
 * weakness thus scores 75; one vague commitment in eight (−45) costs about 6 points.
 */
public final class SpecificityChecker {

	public static final String FORMULAS_RESOURCE = "cultivation/empty-formulas.txt";

	public static final String TEMPLATE_RESOURCE = "cultivation/official-template.txt";

	private final PhraseList formulas;

	private final Map<String, Integer> templateLines;

	private final SpecificitySettings settings;

	public SpecificityChecker(PhraseList formulas, List<String> templateLines, SpecificitySettings settings) {
		this.formulas = formulas;
		this.settings = settings;
		this.templateLines = new HashMap<>();
		for (int i = 0; i < templateLines.size(); i++) {
			this.templateLines.putIfAbsent(comparable(TextNormaliser.normalise(templateLines.get(i))), i + 1);
		}
	}

	/** The checker with the lists shipped in {@code src/main/resources/cultivation}. */
	public static SpecificityChecker withDefaults() {
		return new SpecificityChecker(PhraseList.fromResource(FORMULAS_RESOURCE),
				PhraseList.readLines(TEMPLATE_RESOURCE), SpecificitySettings.DEFAULTS);
	}

	public SpecificityReport check(PlanText plan) {
		List<Flag> flags = new ArrayList<>();
		if (plan.commitments().isEmpty()) {
			flags.add(Flag.plan(FlagCode.NO_COMMITMENT));
		}
		if (noWeakness(plan.weaknesses())) {
			flags.add(Flag.plan(FlagCode.NO_WEAKNESS));
		}
		double total = 0;
		for (int i = 0; i < plan.commitments().size(); i++) {
			List<Flag> own = checkCommitment(plan.commitments().get(i), i);
			flags.addAll(own);
			total += Math.max(0, 100 - own.stream().mapToInt((flag) -> flag.code().weight()).sum());
		}
		double mean = plan.commitments().isEmpty() ? 0 : total / plan.commitments().size();
		int planPenalty = flags.stream()
			.filter((flag) -> flag.code().planLevel())
			.mapToInt((f) -> f.code().weight())
			.sum();
		int score = (int) Math.max(0, Math.min(100, Math.round(mean - planPenalty)));
		return new SpecificityReport(plan.planId(), score, score >= this.settings.passScore(), flags);
	}

	List<Flag> checkCommitment(CommitmentText commitment, int index) {
		List<Flag> flags = new ArrayList<>();
		String raw = commitment.fullText();
		NormalisedText text = TextNormaliser.normalise(raw);
		boolean number = MeasureSignals.hasNumber(text);
		boolean time = commitment.deadline() != null || MeasureSignals.hasTime(raw, text);
		if (!number && !time) {
			flags.add(Flag.commitment(FlagCode.NO_MEASURE, index));
		}
		if (!MeasureSignals.hasObject(text)) {
			flags.add(Flag.commitment(FlagCode.NO_OBJECT, index));
		}
		BitSet formulaTokens = new BitSet();
		List<String> found = this.formulas.match(text, formulaTokens);
		int remaining = contentSyllables(text, formulaTokens);
		int formulaSyllables = formulaTokens.cardinality();
		if (!found.isEmpty() && (remaining < this.settings.minContentSyllables() || formulaSyllables >= remaining)) {
			flags.add(Flag.commitment(FlagCode.EMPTY_FORMULA, index, String.join("; ", found),
					Integer.toString(remaining)));
		}
		Integer line = this.templateLines.get(comparable(TextNormaliser.normalise(commitment.action())));
		if (line == null) {
			line = this.templateLines.get(comparable(text));
		}
		if (line != null) {
			flags.add(Flag.commitment(FlagCode.TEMPLATE_COPY, index, line.toString()));
		}
		return flags;
	}

	boolean noWeakness(String weaknesses) {
		NormalisedText text = TextNormaliser.normalise(weaknesses);
		BitSet removed = new BitSet();
		this.formulas.match(text, removed);
		FillerWords.NO_WEAKNESS_WORDS.match(text, removed);
		return contentSyllables(text, removed) < this.settings.minWeaknessSyllables();
	}

	/** Syllables not in {@code removed} and not filler words. */
	private static int contentSyllables(NormalisedText text, BitSet removed) {
		BitSet gone = (BitSet) removed.clone();
		FillerWords.STOP_WORDS.match(text, gone);
		int count = 0;
		for (int i = 0; i < text.size(); i++) {
			if (!gone.get(i) && !text.tokens().get(i).equals("%")) {
				count++;
			}
		}
		return count;
	}

	/** Folded syllables without leading numbering ("1", "a", "II"): the identity form. */
	private static String comparable(NormalisedText text) {
		List<String> folded = text.folded();
		int start = 0;
		while (start < folded.size() && start < 2 && isEnumerator(folded.get(start))) {
			start++;
		}
		return String.join(" ", folded.subList(start, folded.size()));
	}

	private static boolean isEnumerator(String token) {
		return token.chars().allMatch(Character::isDigit) || token.matches("[ivx]{1,4}|[a-e]");
	}

}
