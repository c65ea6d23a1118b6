package vn.giamsat.cultivation.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {

	@Test
	void lowerCasesDropsPunctuationAndKeepsDiacritics() {
		NormalisedText text = TextNormaliser.normalise("  Đọc 03 cuốn SÁCH,  về Bác Hồ!");
		assertThat(text.tokens()).containsExactly("đọc", "03", "cuốn", "sách", "về", "bác", "hồ");
		assertThat(text.folded()).containsExactly("doc", "03", "cuon", "sach", "ve", "bac", "ho");
		assertThat(text.unaccented()).isFalse();
	}

	@Test
	void decomposedInputEqualsComposedInput() {
		String decomposed = Normalizer.normalize("Nghị quyết", Normalizer.Form.NFD);
		assertThat(TextNormaliser.normalise(decomposed)).isEqualTo(TextNormaliser.normalise("nghị quyết"));
	}

	@Test
	void oldAndNewTonePlacementAreTheSameWord() {
		assertThat(TextNormaliser.normalise("hoà giải, khoẻ mạnh, thuỷ lợi").tokens())
			.isEqualTo(TextNormaliser.normalise("hòa giải, khỏe mạnh, thủy lợi").tokens());
		assertThat(TextNormaliser.normalise("quý II").tokens()).containsExactly("quý", "ii");
	}

	@Test
	void percentSignIsAToken() {
		assertThat(TextNormaliser.normalise("đạt 100% hồ sơ").tokens()).containsExactly("đạt", "100", "%", "hồ", "sơ");
	}

	@Test
	void textWithoutAnyDiacriticIsUnaccented() {
		assertThat(TextNormaliser.normalise("Chap hanh tot 2 buoi").unaccented()).isTrue();
		assertThat(TextNormaliser.normalise("2025").unaccented()).isFalse();
	}

	@Test
	void diacriticSensitiveFormsDistinguishWordsThatFoldTheSame() {
		NormalisedText a = TextNormaliser.normalise("bà con");
		NormalisedText b = TextNormaliser.normalise("ba con");
		assertThat(a.joined(true)).isNotEqualTo(b.joined(true));
		assertThat(a.joined(false)).isEqualTo(b.joined(false));
		assertThat(PhraseList.of("ba").containsAny(a)).isFalse();
		assertThat(PhraseList.of("ba").containsAny(b)).isTrue();
		assertThat(PhraseList.of("bà con").containsAny(TextNormaliser.normalise("BA CON"))).isTrue();
	}

	@Test
	void phraseListIgnoresCommentsAndDuplicates() {
		PhraseList list = new PhraseList(List.of("Gương mẫu", "gương  mẫu", "Nêu gương"));
		assertThat(list.phrases()).containsExactly("gương mẫu", "nêu gương");
		assertThat(PhraseList.fromResource(SpecificityChecker.FORMULAS_RESOURCE).phrases()).contains("chấp hành tốt")
			.noneMatch((p) -> p.startsWith("#"));
	}

}
