package vn.giamsat.demo;

import java.util.List;
import java.util.Random;

/**
 * Realistic Vietnamese full names: family names drawn with their approximate national
 * frequency, middle and given names by gender. Reproducible: the same seed gives the same
 * people.
 */
final class VietnameseNameGenerator {

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
			"Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Trịnh", "Lương", "Mai", "Tạ", "Chu",
			"Kiều", "Lưu");

	/**
	 * Cumulative weights (per mille) matching FAMILY, roughly the national distribution.
	 */
	private static final int[] FAMILY_WEIGHT = { 380, 490, 585, 655, 700, 715, 760, 800, 815, 835, 855, 870, 883, 896,
			906, 911, 925, 937, 949, 959, 969, 977, 985, 993, 1000 };

	private static final List<String> MIDDLE_MALE = List.of("Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Xuân",
			"Ngọc", "Mạnh", "Tuấn", "Công", "Đình", "Trọng", "Việt", "Hoàng", "Anh", "Bá", "Duy");

	private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh",
			"Hồng", "Kim", "Phương", "Thùy", "Lan", "Bích", "Diệu", "Mai", "Hải");

	private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy",
			"Khánh", "Long", "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Thành", "Trung", "Tuấn", "Việt", "Hoàng",
			"Hiếu", "Kiên", "Lâm", "Nghĩa", "Phúc", "Quang", "Tài", "Tùng", "Vinh", "Đạt", "Hưng", "Tiến", "Toàn",
			"Chiến", "Khoa");

	private static final List<String> GIVEN_FEMALE = List.of("Anh", "Ánh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh",
			"Hoa", "Hương", "Lan", "Linh", "Loan", "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy",
			"Trang", "Vân", "Yến", "Huyền", "Liên", "Nga", "Thu", "Tâm", "Xuân", "Hiền", "Duyên", "Ly", "Nhàn");

	private final Random random;

	VietnameseNameGenerator(long seed) {
		this.random = new Random(seed);
	}

	boolean nextFemale(int percentFemale) {
		return random.nextInt(100) < percentFemale;
	}

	String fullName(boolean female) {
		String family = family();
		String middle = pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
		String given = pick(female ? GIVEN_FEMALE : GIVEN_MALE);
		if (!female && random.nextInt(10) == 0) {
			String second = pick(MIDDLE_MALE);
			return second.equals(middle) ? family + " " + middle + " " + given
					: family + " " + middle + " " + second + " " + given;
		}
		return family + " " + middle + " " + given;
	}

	int birthYear(int from, int to) {
		return from + random.nextInt(to - from + 1);
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private String family() {
		int r = random.nextInt(1000);
		for (int i = 0; i < FAMILY_WEIGHT.length; i++) {
			if (r < FAMILY_WEIGHT[i]) {
				return FAMILY.get(i);
			}
		}
		return FAMILY.get(0);
	}

}
