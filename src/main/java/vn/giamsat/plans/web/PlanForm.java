package vn.giamsat.plans.web;

import java.time.LocalDate;
import java.util.List;

import vn.giamsat.plans.internal.PlanEditing;
import vn.giamsat.plans.internal.PlanRow;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;

/** The plan's general part as typed. */
public record PlanForm(String year, String number, String issuedOn, String title, String legalBases,
		String contentItems, String rotationWindow) {

	static final String LEGAL_BASES = """
			Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;
			Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên;
			Luật Mặt trận Tổ quốc Việt Nam năm 2015;
			Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về quy định chi tiết các hình thức giám sát, phản biện xã hội.""";

	static final String CONTENT = """
			Giám sát việc thực hiện kế hoạch tu dưỡng, rèn luyện đã đăng ký;
			Giám sát việc thực hiện quy tắc ứng xử của cán bộ, công chức và nơi công cộng;
			Giám sát việc giữ gìn phẩm chất đạo đức, lối sống ở nơi công tác và nơi cư trú.""";

	public static PlanForm defaults() {
		return new PlanForm(String.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1), "",
				"", "Kế hoạch giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên", LEGAL_BASES,
				CONTENT, "1");
	}

	public static PlanForm of(PlanRow p) {
		return new PlanForm(String.valueOf(p.year()), p.number() == null ? "" : p.number(),
				DateInput.format(p.issuedOn()), p.title(), p.legalBases(), p.contentItems(),
				String.valueOf(p.rotationWindow()));
	}

	Integer yearValue(List<Problem> problems) {
		try {
			return Integer.valueOf(year == null ? "" : year.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.of("year", "plan.error.year", LocalDate.now().getYear() + 2));
			return null;
		}
	}

	PlanEditing.General general(List<Problem> problems) {
		Integer window = null;
		if (rotationWindow != null && !rotationWindow.isBlank()) {
			try {
				window = Integer.valueOf(rotationWindow.strip());
			}
			catch (NumberFormatException ex) {
				problems.add(Problem.of("rotationWindow", "plan.error.rotationWindow"));
			}
		}
		return new PlanEditing.General(number, DateInput.parse(issuedOn, "issuedOn", problems), title, legalBases,
				contentItems, window);
	}
}
