package vn.giamsat.cultivation.internal.checks;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The three things that make a commitment checkable at year end: a number, a time and a
 * concrete object. Heuristics on purpose (the check is advisory): short word lists, kept
 * here because they describe the language, not the office's policy.
 *
 * <p>
 * <b>Number</b>: a digit, "%", or a number word ("hai", "mười", "trăm"...) followed by a
 * counted noun or another number word. The follower is required because "năm" is also
 * "year", "một số" means "some", "ba" may be "father" and "chín chắn" means "mature".
 * <p>
 * <b>Time</b>: a date ("30/6", "31/12/2025"), a frequency ("hằng tháng", "mỗi quý", "định
 * kỳ"), a period ("cuối năm", "6 tháng đầu năm", "học kỳ") or a named month, quarter or
 * year ("tháng 9", "quý II", "năm 2025"). Bare "trong năm" is not a time: the whole plan
 * is yearly.
 * <p>
 * <b>Object</b>: a concrete noun of {@link #OBJECTS}, something that can be counted or
 * shown ("báo cáo", "chuyên đề", "buổi", "hồ sơ"...). Ambiguous single syllables are
 * listed inside longer phrases only: "hộ" alone would match "ủng hộ" (to support), "đơn"
 * would match "đơn vị", "cuộc" "cuộc sống".
 */
final class MeasureSignals {

	static final PhraseList NUMBER_WORDS = PhraseList.of("một", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy",
			"tám", "chín", "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "rưỡi", "nửa", "phần trăm");

	/** Nouns counted by a number word; also the nouns that make "năm" a number. */
	static final PhraseList COUNTED = PhraseList.of("buổi", "lần", "bài", "chuyên đề", "cuốn", "quyển", "đầu sách",
			"tháng", "tuần", "ngày", "giờ", "tiếng", "quý", "năm", "đợt", "lượt", "hộ", "người", "cuộc", "báo cáo",
			"sáng kiến", "ý kiến", "tin", "văn bản", "hồ sơ", "nghị quyết", "lớp", "khóa", "chứng chỉ", "đề tài",
			"mô hình", "kỳ", "phiên", "điểm", "gia đình", "cháu", "suất", "phần", "đảng viên", "quần chúng", "nội dung",
			"việc", "tiết", "bản", "trang", "tài liệu", "chương trình", "công trình", "phần quà", "triệu đồng",
			"nghìn đồng", "đồng");

	static final PhraseList TIME_PHRASES = PhraseList.of("hằng ngày", "hằng tuần", "hằng tháng", "hằng quý", "hằng năm",
			"hàng ngày", "hàng tuần", "hàng tháng", "hàng quý", "hàng năm", "mỗi ngày", "mỗi tuần", "mỗi tháng",
			"mỗi quý", "mỗi năm", "định kỳ", "cuối năm", "đầu năm", "giữa năm", "cuối quý", "đầu quý", "cuối tháng",
			"đầu tháng", "sáu tháng", "học kỳ", "trước tết", "dịp tết", "trước ngày", "chậm nhất", "hạn chót",
			"thời hạn");

	static final PhraseList TIME_UNITS = PhraseList.of("tháng", "quý", "năm", "ngày", "tuần");

	static final PhraseList OBJECTS = PhraseList.of("báo cáo", "chuyên đề", "buổi", "lần", "hồ sơ", "sáng kiến",
			"bài viết", "bài thu hoạch", "bài báo", "bài giảng", "bài kiểm tra", "bài tham luận", "tin bài", "cuộc họp",
			"cuộc thi", "cuộc vận động", "cuốn", "quyển", "đầu sách", "tài liệu", "văn bản", "nghị quyết", "hội nghị",
			"lớp", "khóa học", "khóa bồi dưỡng", "chứng chỉ", "văn bằng", "giấy chứng nhận", "biên bản", "sổ", "phiếu",
			"đơn thư", "đề án", "đề tài", "tờ trình", "dự thảo", "hộ gia đình", "hộ dân", "hộ nghèo",
			"sinh hoạt chi bộ", "đợt", "lượt", "ý kiến", "kiến nghị", "thủ tục", "phần mềm", "mô hình", "chỉ tiêu",
			"quỹ", "ngày công", "tiết", "kỳ thi", "điểm", "công trình", "giải pháp", "danh sách", "bảng", "phiên",
			"tiếp công dân", "hội nghị", "nhật ký", "tập huấn", "trang", "bản cam kết", "bản kiểm điểm", "thư",
			"ngày hội", "chương trình");

	private static final Pattern DATE = Pattern.compile(
			"(?<![\\d/])(\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(\\s*[/.-]\\s*\\d{2,4})?|\\d{1,2}\\s*/\\s*\\d{4})(?![\\d/])");

	private static final Set<String> ROMAN_QUARTERS = Set.of("i", "ii", "iii", "iv");

	private MeasureSignals() {
	}

	static boolean hasNumber(NormalisedText text) {
		for (int i = 0; i < text.size(); i++) {
			String token = text.tokens().get(i);
			if (token.equals("%") || token.chars().anyMatch(Character::isDigit)) {
				return true;
			}
			int length = NUMBER_WORDS.startsAt(text, i);
			if (length > 0) {
				int next = i + length;
				if (next < text.size() && (COUNTED.startsAt(text, next) > 0 || NUMBER_WORDS.startsAt(text, next) > 0)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean hasTime(String raw, NormalisedText text) {
		if (raw != null && DATE.matcher(raw).find()) {
			return true;
		}
		if (TIME_PHRASES.containsAny(text)) {
			return true;
		}
		for (int i = 0; i + 1 < text.size(); i++) {
			if (TIME_UNITS.startsAt(text, i) > 0 && isCardinal(text, i + 1)) {
				return true;
			}
		}
		return false;
	}

	static boolean hasObject(NormalisedText text) {
		return OBJECTS.containsAny(text);
	}

	/**
	 * A number, a roman quarter or a number word right after a month, quarter or year.
	 */
	private static boolean isCardinal(NormalisedText text, int i) {
		String folded = text.folded().get(i);
		return folded.chars().allMatch(Character::isDigit) || ROMAN_QUARTERS.contains(folded)
				|| NUMBER_WORDS.startsAt(text, i) > 0 || text.matchForm(i).equals("giêng")
				|| text.matchForm(i).equals("chạp");
	}

}
