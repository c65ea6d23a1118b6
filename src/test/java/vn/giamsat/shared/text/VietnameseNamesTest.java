package vn.giamsat.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Ông", "Âu" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Xuân", "Thu",
			"Ánh", "An" };

	private static final String[] GIVEN = { "An", "Ân", "Ánh", "Anh", "Bình", "Dung", "Đức", "Du", "Hà", "Hải", "Hằng",
			"Hùng", "Khánh", "Linh", "Long", "Mai", "Nam", "Ngọc", "Ơn", "Ôn", "Phương", "Quân", "Sơn", "Thảo", "Trang",
			"Tuấn", "Ưng", "Uyên", "Việt", "Yến", "an", "Đ" };

	@Test
	void sortsByGivenNameThenFamilyNameThenMiddleNames() {
		List<String> names = new ArrayList<>(List.of("Phạm Minh Đức", "Vũ Thị Dung", "Lê Văn Bình", "Nguyễn Văn An",
				"Trần Thị Ánh", "Đỗ Thị An", "Nguyễn An"));

		names.sort(VietnameseNames.comparator());

		assertThat(names).containsExactly("Đỗ Thị An", "Nguyễn An", "Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình",
				"Vũ Thị Dung", "Phạm Minh Đức");
	}

	@Test
	void placesDStrokeAfterDAndBeforeE() {
		List<String> names = new ArrayList<>(List.of("Lê Em", "Lê Đào", "Lê Dũng", "Lê Dao"));

		names.sort(VietnameseNames.comparator());

		assertThat(names).containsExactly("Lê Dao", "Lê Dũng", "Lê Đào", "Lê Em");
	}

	@Test
	void treatsAOneWordNameAsAGivenNameAndIgnoresExtraSpaces() {
		assertThat(VietnameseNames.givenName("  Nguyễn  Văn   An ")).isEqualTo("An");
		assertThat(VietnameseNames.comparator().compare("Bình", "Lê Văn Bình")).isNegative();
		assertThat(VietnameseNames.sortKey("Nguyễn  Văn An")).isEqualTo(VietnameseNames.sortKey("Nguyễn Văn An"));
	}

	@Test
	void sortKeysAreLowerCaseHexThatSortsLikeTheComparatorInTheFixedExample() {
		List<String> names = List.of("Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình", "Đỗ Thị An", "Nguyễn An",
				"Phạm Minh Đức", "Vũ Thị Dung");

		assertThat(VietnameseNames.sortKey("Đỗ Thị An")).matches("[0-9a-f]+");
		assertThat(names.stream().sorted(Comparator.comparing(VietnameseNames::sortKey)).toList())
			.isEqualTo(names.stream().sorted(VietnameseNames.comparator()).toList());
	}

	@Test
	void sortKeyOrderEqualsComparatorOrderOnTwoThousandGeneratedNames() {
		Random random = new Random(20250701);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			StringBuilder name = new StringBuilder(FAMILY[random.nextInt(FAMILY.length)]);
			for (int m = random.nextInt(3); m > 0; m--) {
				name.append(' ').append(MIDDLE[random.nextInt(MIDDLE.length)]);
			}
			names.add(random.nextInt(50) == 0 ? GIVEN[random.nextInt(GIVEN.length)]
					: name.append(' ').append(GIVEN[random.nextInt(GIVEN.length)]).toString());
		}

		java.util.Map<String, String> keys = new java.util.HashMap<>();
		names.forEach(name -> keys.put(name, VietnameseNames.sortKey(name)));
		for (int i = 0; i < 20_000; i++) {
			String a = names.get(random.nextInt(names.size()));
			String b = names.get(random.nextInt(names.size()));
			assertThat(Integer.signum(keys.get(a).compareTo(keys.get(b)))).as("%s vs %s", a, b)
				.isEqualTo(Integer.signum(VietnameseNames.comparator().compare(a, b)));
		}
		List<String> byKey = names.stream().sorted(Comparator.comparing(keys::get)).toList();
		for (int i = 1; i < byKey.size(); i++) {
			assertThat(VietnameseNames.comparator().compare(byKey.get(i - 1), byKey.get(i))).isNotPositive();
		}
	}

}
