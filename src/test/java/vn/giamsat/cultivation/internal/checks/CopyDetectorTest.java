package vn.giamsat.cultivation.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Copy detection on a small planted set: 300 independent plans plus exact, edited,
 * reordered, unaccented, next-year and template copies. Fast (well under a second).
 */
class CopyDetectorTest {

	private static final List<String> TEMPLATE = List.of("Hoàn thành tốt chức trách, nhiệm vụ được giao",
			"Giữ gìn phẩm chất đạo đức, lối sống trong sạch, lành mạnh, giản dị",
			"Gương mẫu thực hiện các quy định của địa phương nơi cư trú");

	private static final String[] STREETS = { "Ngọc Lâm", "Nguyễn Văn Cừ", "Đức Giang", "Sài Đồng", "Thạch Bàn",
			"Hồng Tiến", "Bồ Đề", "Cổ Linh", "Việt Hưng", "Phúc Lợi" };

	private static final String[] OBJECTS = { "hồ sơ cấp phép xây dựng", "đơn thư kiến nghị", "báo cáo thống kê",
			"hồ sơ đất đai", "sổ theo dõi đoàn viên", "danh sách hộ nghèo", "hồ sơ bảo hiểm xã hội" };

	private static final String[] VERBS = { "Giải quyết", "Rà soát", "Số hóa", "Kiểm tra", "Tổng hợp", "Cập nhật" };

	private static List<PlanText> plans;

	@BeforeAll
	static void plant() {
		Random random = new Random(7);
		plans = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			List<CommitmentText> commitments = new ArrayList<>();
			for (int c = 0; c < 6; c++) {
				commitments.add(CommitmentText.of(Area.values()[c % 4],
						VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " ngõ "
								+ (1 + random.nextInt(300)) + " phố " + STREETS[random.nextInt(STREETS.length)],
						(1 + random.nextInt(12)) + " buổi, báo cáo trước " + (1 + random.nextInt(28)) + "/"
								+ (1 + random.nextInt(12))));
			}
			plans.add(new PlanText("P" + i, "person" + i, 2025, "Tin học yếu", commitments));
		}
		PlanText source = plans.get(0);
		plans.add(new PlanText("EXACT", "copier1", 2025, "", source.commitments()));
		List<CommitmentText> edited = new ArrayList<>(source.commitments().subList(0, 5));
		edited.set(1, CommitmentText.of(Area.WORK, edited.get(1).action() + " của phường", "3 buổi"));
		plans.add(new PlanText("EDITED", "copier2", 2025, "", edited));
		List<CommitmentText> reordered = new ArrayList<>();
		for (CommitmentText c : plans.get(1).commitments()) {
			reordered.add(CommitmentText.of(c.area(), unaccent(c.action()).toUpperCase(), unaccent(c.measure())));
		}
		Collections.reverse(reordered);
		plans.add(new PlanText("UNACCENTED", "copier3", 2025, "", reordered));
		plans.add(new PlanText("NEXT_YEAR", "person2", 2026, "", plans.get(2).commitments()));
		plans.add(new PlanText("OTHER_YEAR_OTHER_PERSON", "stranger", 2026, "", plans.get(3).commitments()));
		List<CommitmentText> template = TEMPLATE.stream().map((t) -> CommitmentText.of(Area.WORK, t, "")).toList();
		plans.add(new PlanText("TEMPLATE1", "lazy1", 2025, "", template));
		plans.add(new PlanText("TEMPLATE2", "lazy2", 2025, "", template));
	}

	private static String unaccent(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "").replace('đ', 'd');
	}

	private static List<String> pairs(List<CopyPair> found) {
		return found.stream().map((p) -> p.planA() + "~" + p.planB()).toList();
	}

	@Test
	void findsExactEditedReorderedUnaccentedAndNextYearCopiesAndNothingElse() {
		List<CopyPair> found = new CopyDetector(TEMPLATE, CopySettings.DEFAULTS).detect(plans);
		assertThat(pairs(found)).containsExactlyInAnyOrder("P0~EXACT", "P0~EDITED", "EXACT~EDITED", "P1~UNACCENTED",
				"P2~NEXT_YEAR");
		CopyPair exact = found.stream().filter((p) -> p.planB().equals("EXACT")).findFirst().orElseThrow();
		assertThat(exact.jaccard()).isEqualTo(1.0);
		assertThat(exact.kind()).isEqualTo(CopyPair.Kind.SAME_YEAR);
		assertThat(exact.matches()).hasSize(6).allSatisfy((m) -> assertThat(m.indexA()).isEqualTo(m.indexB()));
		CopyPair nextYear = found.stream().filter((p) -> p.planB().equals("NEXT_YEAR")).findFirst().orElseThrow();
		assertThat(nextYear.kind()).isEqualTo(CopyPair.Kind.SAME_PERSON);
	}

	@Test
	void reorderedCommitmentsAreMatchedToTheirOriginals() {
		CopyPair pair = new CopyDetector(TEMPLATE, CopySettings.DEFAULTS).detect(plans)
			.stream()
			.filter((p) -> p.planB().equals("UNACCENTED"))
			.findFirst()
			.orElseThrow();
		assertThat(pair.matches()).hasSize(6).allSatisfy((m) -> assertThat(m.indexA() + m.indexB()).isEqualTo(5));
	}

	@Test
	void diacriticSensitiveModeDoesNotEquateUnaccentedRetyping() {
		CopyDetector sensitive = new CopyDetector(TEMPLATE, CopySettings.DEFAULTS.withDiacriticSensitive(true));
		assertThat(pairs(sensitive.detect(plans))).doesNotContain("P1~UNACCENTED").contains("P0~EXACT");
	}

	@Test
	void twoCopiesOfTheTemplateAreNotCopiesOfEachOther() {
		assertThat(pairs(new CopyDetector(TEMPLATE, CopySettings.DEFAULTS).detect(plans)))
			.noneMatch((p) -> p.contains("TEMPLATE"));
		assertThat(pairs(new CopyDetector(List.of(), CopySettings.DEFAULTS).detect(plans)))
			.contains("TEMPLATE1~TEMPLATE2");
	}

	@Test
	void lshFindsWhatTheExhaustiveComparisonFinds() {
		CopyDetector detector = new CopyDetector(TEMPLATE, CopySettings.DEFAULTS);
		assertThat(detector.detect(plans)).isEqualTo(detector.detectExhaustive(plans));
	}

	@Test
	void thresholdsAreConfigurable() {
		CopySettings strict = new CopySettings(3, false, 0.95, 1.01, 20, 10, 0.5, 20, 4, 400, 0.005);
		assertThat(pairs(new CopyDetector(TEMPLATE, strict).detect(plans))).containsExactlyInAnyOrder("P0~EXACT",
				"P1~UNACCENTED", "P2~NEXT_YEAR");
	}

}
