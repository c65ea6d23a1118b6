package vn.giamsat.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

	@Test
	void foldsToLowerCaseAsciiWithoutDiacriticsAndWithDStroke() {
		assertThat(VietnameseText.fold("  Đức   Giang ")).isEqualTo("duc giang");
		assertThat(VietnameseText.fold("Nguyễn Thị Ánh")).isEqualTo("nguyen thi anh");
		assertThat(VietnameseText.fold("MÃ ĐƠN VỊ")).isEqualTo("ma don vi");
		assertThat(VietnameseText.fold("Phường\u00A0Bồ\tĐề")).isEqualTo("phuong bo de");
		assertThat(VietnameseText.fold("ma_don_vi")).isEqualTo("ma_don_vi");
		assertThat(VietnameseText.fold(null)).isNull();
	}

	@Test
	void foldsDecomposedInputLikeComposedInput() {
		String decomposed = Normalizer.normalize("Trần Thị Hằng", Normalizer.Form.NFD);

		assertThat(VietnameseText.fold(decomposed)).isEqualTo("tran thi hang");
	}

	@Test
	void foldsOtherScriptsThroughIcu() {
		assertThat(VietnameseText.fold("Søren Straße")).isEqualTo("soren strasse");
		assertThat(VietnameseText.fold("Москва")).isEqualTo("moskva");
	}

	@Test
	void fastPathAgreesWithTheFullIcuRulesOnEveryVietnameseLetter() {
		String letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
				+ "pqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
		Random random = new Random(42);
		for (int i = 0; i < 2_000; i++) {
			StringBuilder word = new StringBuilder();
			for (int j = 0; j < 1 + random.nextInt(12); j++) {
				char c = letters.charAt(random.nextInt(letters.length()));
				word.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
				if (random.nextInt(5) == 0) {
					word.append(' ');
				}
			}
			String text = random.nextBoolean() ? word.toString() : Normalizer.normalize(word, Normalizer.Form.NFD);

			assertThat(VietnameseText.fold(text)).as(text)
				.isEqualTo(VietnameseText.foldWithIcu(text).replaceAll("\\s+", " ").trim());
		}
	}

	@Test
	void normalizesToNfcWithSingleSpacesKeepingCaseAndDiacritics() {
		String decomposed = Normalizer.normalize("  Nguyễn   Văn\u00A0An ", Normalizer.Form.NFD);

		assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Nguyễn Văn An");
		assertThat(VietnameseText.normalize(null)).isNull();
		assertThat(VietnameseText.isBlank(" \u00A0\t")).isTrue();
	}

	@Test
	void foldsConsistentlyFromManyThreads() throws Exception {
		List<String> names = List.of("Đỗ Thị Ánh", "Søren", "Ngô Quốc Hùng", "Ελληνικά");
		List<String> expected = names.stream().map(VietnameseText::fold).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> results = new java.util.ArrayList<>();
			for (int t = 0; t < 4; t++) {
				results.add(pool.submit(() -> {
					for (int i = 0; i < 2_000; i++) {
						if (!VietnameseText.fold(names.get(i % 4)).equals(expected.get(i % 4))) {
							return false;
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
