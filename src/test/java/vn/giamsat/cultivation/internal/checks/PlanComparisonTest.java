package vn.giamsat.cultivation.internal.checks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.giamsat.cultivation.internal.CopyThresholds;
import vn.giamsat.cultivation.internal.DeadlineDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side-by-side comparison marks exactly the passages both plans share, never the
 * official template, and follows the configured thresholds.
 */
class PlanComparisonTest {

	static final List<String> TEMPLATE = List.of("Hoàn thành tốt chức trách, nhiệm vụ được giao");

	static final String SHARED = "Giải quyết dứt điểm mười hai đơn thư tồn đọng về tranh chấp ranh giới đất ở phường";

	static final PlanText A = new PlanText("A", "p1", 2031, "",
			List.of(CommitmentText.of(Area.WORK, "Tôi cam kết: " + SHARED, "Báo cáo Đảng ủy trước 30/6"),
					CommitmentText.of(Area.WORK, "Hoàn thành tốt chức trách, nhiệm vụ được giao", ""),
					CommitmentText.of(Area.RESIDENCE, "Dọn vệ sinh ngõ 12 phố Ngọc Lâm mỗi sáng chủ nhật", "")));

	static final PlanText B = new PlanText("B", "p2", 2031, "",
			List.of(CommitmentText.of(Area.ETHICS_LIFESTYLE, "Học tiếng Anh hai buổi mỗi tuần", ""),
					CommitmentText.of(Area.WORK,
							"GIAI QUYET DUT DIEM muoi hai don thu ton dong ve tranh chap ranh gioi dat o phuong", ""),
					CommitmentText.of(Area.WORK, "Hoàn thành tốt chức trách, nhiệm vụ được giao", "")));

	static String marked(List<PlanComparison.Segment> segments) {
		return segments.stream()
			.filter(PlanComparison.Segment::marked)
			.map(PlanComparison.Segment::text)
			.collect(Collectors.joining("|"));
	}

	@Test
	void sharedPassagesAreMarkedAcrossDiacriticsAndTheTemplateIsNot() {
		var r = new PlanComparison(TEMPLATE, CopySettings.DEFAULTS).compare(A, B);
		assertThat(marked(r.commitmentsA().get(0).action())).isEqualTo(SHARED);
		assertThat(r.commitmentsA().get(0).action()).extracting(PlanComparison.Segment::text)
			.containsExactly("Tôi cam kết: ", SHARED);
		assertThat(marked(r.commitmentsB().get(1).action()))
			.isEqualTo("GIAI QUYET DUT DIEM muoi hai don thu ton dong ve tranh chap ranh gioi dat o phuong");
		assertThat(r.commitmentsA().get(1).anyMarked()).as("template line shared by both").isFalse();
		assertThat(r.commitmentsA().get(2).anyMarked()).isFalse();
		assertThat(r.matches()).extracting(m -> m.indexA() + "~" + m.indexB()).containsExactly("0~1");
	}

	@Test
	void theVerdictFollowsTheConfiguredThresholds() {
		PlanText copy = new PlanText("C", "p3", 2031, "", A.commitments());
		assertThat(new PlanComparison(TEMPLATE, CopySettings.DEFAULTS).compare(A, copy).copied()).isTrue();
		assertThat(new PlanComparison(TEMPLATE, CopySettings.DEFAULTS).compare(A, B).copied()).isFalse();
		CopyThresholds lenient = bind(Map.of("giamsat.cultivation.copy.plan-jaccard", "0.2",
				"giamsat.cultivation.copy.plan-containment", "0.3"));
		assertThat(lenient.settings().planJaccard()).isEqualTo(0.2);
		assertThat(new PlanComparison(TEMPLATE, lenient.settings()).compare(A, B).copied()).isTrue();
		assertThat(bind(Map.of()).settings()).isEqualTo(CopySettings.DEFAULTS);
	}

	@Test
	void defaultDeadlinesAreConfigurableAsMonthAndDay() {
		DeadlineDefaults defaults = new Binder(
				new MapConfigurationPropertySource(Map.of("giamsat.cultivation.deadlines.submit-by", "02-28")))
			.bindOrCreate("giamsat.cultivation.deadlines", DeadlineDefaults.class);
		assertThat(defaults.forYear(2031).submitBy()).hasToString("2031-02-28");
		assertThat(defaults.forYear(2031).evaluateBy()).hasToString("2031-12-31");
	}

	static CopyThresholds bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("giamsat.cultivation.copy",
				CopyThresholds.class);
	}

}
