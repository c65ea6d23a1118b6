package vn.giamsat.orgs.web;

import java.util.ArrayList;
import java.util.List;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.orgs.internal.UnitDraft;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;

/**
 * The unit form as typed: strings, so that a wrong date comes back to the user as typed.
 */
public record UnitForm(String code, String name, String level, String parentCode, String validFrom, String validTo,
		Integer version) {

	public static UnitForm empty(String parentCode) {
		return new UnitForm("", "", "", parentCode == null ? "" : parentCode, "", "", null);
	}

	public static UnitForm of(UnitView u, String parentCode, int version) {
		return new UnitForm(u.code(), u.name(), u.level().name(), parentCode == null ? "" : parentCode,
				DateInput.format(u.validFrom()), DateInput.format(u.validTo()), version);
	}

	UnitDraft toDraft(List<Problem> problems) {
		AdminLevel lvl = level == null || level.isBlank() ? null : AdminLevel.fromCode(level).orElse(null);
		if (level != null && !level.isBlank() && lvl == null) {
			problems.add(Problem.of("level", "unit.error.levelUnknown"));
		}
		return new UnitDraft(trim(code), trim(name), lvl, blankToNull(parentCode),
				DateInput.parse(validFrom, "validFrom", problems), DateInput.parse(validTo, "validTo", problems));
	}

	static String trim(String s) {
		return s == null ? null : s.strip();
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static List<Problem> problems() {
		return new ArrayList<>();
	}
}
