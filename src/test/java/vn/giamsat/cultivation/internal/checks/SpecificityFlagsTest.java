package vn.giamsat.cultivation.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each flag alone, on plans that are concrete in every other respect. */
class SpecificityFlagsTest {

	private static final String WEAKNESS = "Trình độ tin học còn yếu, chưa dùng thành thạo phần mềm quản lý văn bản.";

	private static final CommitmentText CONCRETE = CommitmentText.of(Area.WORK,
			"Xử lý văn bản đến trên phần mềm quản lý văn bản", "100% văn bản trước 30/6");

	private final SpecificityChecker checker = new SpecificityChecker(
			PhraseList.of("chấp hành tốt", "gương mẫu", "nâng cao nhận thức", "hoàn thành tốt nhiệm vụ"),
			List.of("Hoàn thành tốt chức trách, nhiệm vụ được giao"), SpecificitySettings.DEFAULTS);

	private SpecificityReport check(String weakness, CommitmentText... commitments) {
		return this.checker.check(new PlanText("p", "person", 2025, weakness, List.of(commitments)));
	}

	@Test
	void concretePlanHasNoFlagAndScoresFull() {
		SpecificityReport report = check(WEAKNESS, CONCRETE);
		assertThat(report.flags()).isEmpty();
		assertThat(report.score()).isEqualTo(100);
		assertThat(report.acceptable()).isTrue();
	}

	@Test
	void commitmentWithoutNumberOrTimeIsFlaggedNoMeasure() {
		SpecificityReport report = check(WEAKNESS, CONCRETE,
				CommitmentText.of(Area.WORK, "Lập báo cáo tổng hợp gửi trưởng phòng", "Báo cáo rõ ràng"));
		assertThat(report.flags()).containsExactly(Flag.commitment(FlagCode.NO_MEASURE, 1));
		assertThat(report.score()).isEqualTo(Math.round((100 + 55) / 2.0f));
	}

	@Test
	void deadlineFieldNumberWordOrTimeExpressionEachIsAMeasure() {
		CommitmentText vague = new CommitmentText(Area.WORK, "Lập báo cáo tổng hợp", "", LocalDate.of(2025, 6, 30),
				List.of());
		assertThat(check(WEAKNESS, vague).flags()).isEmpty();
		assertThat(check(WEAKNESS, CommitmentText.of(Area.WORK, "Lập hai báo cáo tổng hợp", "")).flags()).isEmpty();
		assertThat(check(WEAKNESS, CommitmentText.of(Area.WORK, "Lập báo cáo tổng hợp hằng tháng", "")).flags())
			.isEmpty();
		assertThat(check(WEAKNESS, CommitmentText.of(Area.WORK, "Lập báo cáo tổng hợp quý II", "")).flags()).isEmpty();
	}

	@Test
	void ambiguousNumberWordsWithoutCountedNounAreNotNumbers() {
		assertThat(check(WEAKNESS, CommitmentText.of(Area.RESIDENCE, "Giúp đỡ bà con trong năm", "Có báo cáo"))
			.has(FlagCode.NO_MEASURE)).isTrue();
		assertThat(check(WEAKNESS, CommitmentText.of(Area.WORK, "Lập một số báo cáo", "")).has(FlagCode.NO_MEASURE))
			.isTrue();
	}

	@Test
	void commitmentWithoutConcreteObjectIsFlaggedNoObjectAlone() {
		SpecificityReport report = check(WEAKNESS,
				CommitmentText.of(Area.ETHICS_LIFESTYLE, "Đi làm đúng giờ", "Không đi muộn trong 12 tháng"));
		assertThat(report.flags()).containsExactly(Flag.commitment(FlagCode.NO_OBJECT, 0));
		assertThat(report.score()).isEqualTo(85);
	}

	@Test
	void commitmentMadeMostlyOfFormulasIsFlaggedEmptyFormula() {
		SpecificityReport report = check(WEAKNESS, CommitmentText.of(Area.WORK,
				"Chấp hành tốt nội quy, gương mẫu, hoàn thành tốt nhiệm vụ tại 12 cuộc họp", "năm 2025"));
		// 10 formula syllables against 7 left: "nội quy 12 cuộc họp năm 2025"
		assertThat(report.flags()).containsExactly(
				new Flag(FlagCode.EMPTY_FORMULA, 0, List.of("chấp hành tốt; gương mẫu; hoàn thành tốt nhiệm vụ", "7")));
	}

	@Test
	void formulasAreFoundInTextTypedWithoutDiacritics() {
		SpecificityReport report = check(WEAKNESS, CommitmentText.of(Area.WORK,
				"Chap hanh tot noi quy, guong mau, hoan thanh tot nhiem vu tai 12 cuoc hop", "nam 2025"));
		assertThat(report.has(FlagCode.EMPTY_FORMULA)).isTrue();
	}

	@Test
	void foldedMatchingIsNotUsedOnAccentedText() {
		SpecificityReport report = check(WEAKNESS, CommitmentText.of(Area.WORK,
				"Chắp hành tốt nội quy, gướng mầu, hoàn thành tột nhiệm vụ tại 12 cuộc họp", "năm 2025"));
		assertThat(report.has(FlagCode.EMPTY_FORMULA)).isFalse();
	}

	@Test
	void formulaInAConcreteCommitmentIsNotFlagged() {
		SpecificityReport report = check(WEAKNESS,
				CommitmentText.of(Area.RESIDENCE,
						"Gương mẫu phân loại rác tại nguồn, vận động 5 hộ gia đình trong tổ dân phố số 7 cùng làm",
						"trước 30/6"));
		assertThat(report.flags()).isEmpty();
	}

	@Test
	void commitmentEqualToATemplateLineIsFlaggedTemplateCopy() {
		SpecificityReport report = check(WEAKNESS, CONCRETE, new CommitmentText(Area.WORK,
				"1. hoàn thành tốt chức trách nhiệm vụ được giao!", "", LocalDate.of(2025, 12, 31), List.of()));
		assertThat(report.flagsOf(1)).extracting(Flag::code).contains(FlagCode.TEMPLATE_COPY);
		assertThat(report.flagsOf(1)).filteredOn((f) -> f.code() == FlagCode.TEMPLATE_COPY)
			.singleElement()
			.extracting(Flag::details)
			.isEqualTo(List.of("1"));
	}

	@Test
	void blankOrFormulaOnlyWeaknessIsFlaggedNoWeakness() {
		for (String weakness : List.of("", "   ", "Không có.", "Chưa có khuyết điểm gì đáng kể",
				"Bản thân còn một số hạn chế nhất định", "khong co")) {
			assertThat(check(weakness, CONCRETE).flags()).as(weakness).containsExactly(Flag.plan(FlagCode.NO_WEAKNESS));
		}
		assertThat(check(WEAKNESS, CONCRETE).score() - check("Không có", CONCRETE).score()).isEqualTo(25);
	}

	@Test
	void planWithoutCommitmentsScoresZero() {
		SpecificityReport report = check(WEAKNESS);
		assertThat(report.flags()).containsExactly(Flag.plan(FlagCode.NO_COMMITMENT));
		assertThat(report.score()).isZero();
	}

	@Test
	void flagsCarryMessageCodesAndOneBasedCommitmentNumbers() {
		Flag flag = new Flag(FlagCode.EMPTY_FORMULA, 2, List.of("gương mẫu", "1"));
		assertThat(flag.messageCode()).isEqualTo("cultivation.flag.emptyFormula");
		assertThat(flag.messageArguments()).containsExactly(3, "gương mẫu", "1");
		assertThat(Flag.plan(FlagCode.NO_WEAKNESS).messageArguments()).isEmpty();
	}

}
