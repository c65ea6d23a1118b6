package vn.giamsat.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * The units and organisations of the demo. Units come from the reference file
 * {@code seed/long-bien-wards-2021.csv} (copied from shared/data); residential groups and
 * organisations are generated in the shape Long Biên had (about 294 groups before 2025).
 */
final class DemoStructure {

	static final String DISTRICT_FROM = "2003-11-06";

	static final String DISTRICT_TO = "2025-06-30";

	static final String NEW_FROM = "2025-07-01";

	/** Old ward suffix → its name, in file order. */
	final Map<String, String> oldWards = new LinkedHashMap<>();

	/** New ward suffix (BD, LB, PL, VH) → name. */
	final Map<String, String> newWards = new LinkedHashMap<>();

	/** Old ward suffix → number of residential groups. */
	final Map<String, Integer> oldGroups = new LinkedHashMap<>();

	final Map<String, Integer> newGroups = new LinkedHashMap<>();

	final Csv units = new Csv("ma", "ten", "cap", "ma_don_vi_cha", "hieu_luc_tu", "hieu_luc_den");

	final Csv organisations = new Csv("ma", "ten", "loai", "ma_don_vi_hanh_chinh", "ma_to_chuc_cha");

	/**
	 * Lineage: old ward code → new ward codes (the exact shares are not public; seeded
	 * empty).
	 */
	static final Map<String, List<String>> LINEAGE = Map.ofEntries(Map.entry("HN-LB-BD", List.of("HN-P-BD")),
			Map.entry("HN-LB-NL", List.of("HN-P-BD")), Map.entry("HN-LB-GT", List.of("HN-P-BD", "HN-P-VH")),
			Map.entry("HN-LB-NT", List.of("HN-P-BD")), Map.entry("HN-LB-LB", List.of("HN-P-LB")),
			Map.entry("HN-LB-TB", List.of("HN-P-LB")), Map.entry("HN-LB-CK", List.of("HN-P-LB")),
			Map.entry("HN-LB-SD", List.of("HN-P-LB", "HN-P-PL")), Map.entry("HN-LB-PD", List.of("HN-P-PL", "HN-P-LB")),
			Map.entry("HN-LB-PL", List.of("HN-P-PL")), Map.entry("HN-LB-VH", List.of("HN-P-VH", "HN-P-PL")),
			Map.entry("HN-LB-DG", List.of("HN-P-VH")), Map.entry("HN-LB-GB", List.of("HN-P-VH", "HN-P-PL")),
			Map.entry("HN-LB-TT", List.of("HN-P-VH")));

	static final String LEGAL_REFERENCE = "Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội";

	DemoStructure(VietnameseNameGenerator random) {
		readReferenceUnits();
		distributeGroups(random);
		buildUnits();
		buildOrganisations();
	}

	private void readReferenceUnits() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("seed/long-bien-wards-2021.csv").getInputStream(), StandardCharsets.UTF_8))) {
			in.readLine();
			String line;
			while ((line = in.readLine()) != null) {
				String[] f = line.split(",", -1);
				String level = switch (f[2]) {
					case "CITY" -> "TINH_THANH";
					case "DISTRICT" -> "QUAN_HUYEN";
					default -> "PHUONG_XA";
				};
				units.row(f[0], f[1], level, f[3], f[4], f[5]);
				if (f[0].startsWith("HN-LB-")) {
					oldWards.put(f[0].substring(6), f[1].replace("Phường ", ""));
				}
				else if (f[0].startsWith("HN-P-")) {
					newWards.put(f[0].substring(5), f[1].replace("Phường ", "").replace(" (từ 1/7/2025)", ""));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * 294 groups over the 14 old wards (as in 2018), and the same area again under the 4
	 * new wards.
	 */
	private void distributeGroups(VietnameseNameGenerator random) {
		int total = 0;
		for (String w : oldWards.keySet()) {
			int n = 16 + random.nextInt(11);
			oldGroups.put(w, n);
			total += n;
		}
		List<String> keys = new ArrayList<>(oldWards.keySet());
		for (int i = 0; total != 294; i = (i + 1) % keys.size()) {
			String w = keys.get(i);
			int n = oldGroups.get(w) + (total < 294 ? 1 : -1);
			oldGroups.put(w, n);
			total += total < 294 ? 1 : -1;
		}
		newWards.keySet().forEach(w -> newGroups.put(w, 0));
		oldGroups.forEach((w, n) -> {
			String target = LINEAGE.get("HN-LB-" + w).get(0).substring(5);
			newGroups.merge(target, n, Integer::sum);
		});
	}

	static String group(int n) {
		return "T" + (n < 10 ? "0" : "") + n;
	}

	private void buildUnits() {
		oldGroups.forEach((w, n) -> {
			for (int i = 1; i <= n; i++) {
				units.row("HN-LB-" + w + "-" + group(i), "Tổ dân phố số " + i + ", phường " + oldWards.get(w),
						"TO_DAN_PHO", "HN-LB-" + w, DISTRICT_FROM, DISTRICT_TO);
			}
		});
		newGroups.forEach((w, n) -> {
			for (int i = 1; i <= n; i++) {
				units.row("HN-P-" + w + "-" + group(i), "Tổ dân phố số " + i + ", phường " + newWards.get(w),
						"TO_DAN_PHO", "HN-P-" + w, NEW_FROM, "");
			}
		});
	}

	/** District agencies where the ~104 district-managed cadres work. */
	static final List<String[]> DISTRICT_AGENCIES = List.of(
			new String[] { "LB-QU", "Quận ủy Long Biên", "CAP_UY", "HN-TU" },
			new String[] { "LB-BTG", "Ban Tuyên giáo Quận ủy Long Biên", "TUYEN_GIAO", "LB-QU" },
			new String[] { "LB-BTC", "Ban Tổ chức Quận ủy Long Biên", "CO_QUAN", "LB-QU" },
			new String[] { "LB-UBKT", "Ủy ban Kiểm tra Quận ủy Long Biên", "CO_QUAN", "LB-QU" },
			new String[] { "LB-BDV", "Ban Dân vận Quận ủy Long Biên", "CO_QUAN", "LB-QU" },
			new String[] { "LB-VPQU", "Văn phòng Quận ủy Long Biên", "CO_QUAN", "LB-QU" },
			new String[] { "LB-HDND", "Hội đồng nhân dân quận Long Biên", "CO_QUAN", "" },
			new String[] { "LB-UBND", "Ủy ban nhân dân quận Long Biên", "CO_QUAN", "" },
			new String[] { "LB-VP", "Văn phòng HĐND và UBND quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-PNV", "Phòng Nội vụ quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-PTCKH", "Phòng Tài chính - Kế hoạch quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-PTNMT", "Phòng Tài nguyên và Môi trường quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-PQLDT", "Phòng Quản lý đô thị quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-PGDDT", "Phòng Giáo dục và Đào tạo quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-PYT", "Phòng Y tế quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-PVHTT", "Phòng Văn hóa và Thông tin quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-PLDTBXH", "Phòng Lao động - Thương binh và Xã hội quận Long Biên", "CO_QUAN",
					"LB-UBND" },
			new String[] { "LB-PKT", "Phòng Kinh tế quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-PTP", "Phòng Tư pháp quận Long Biên", "CO_QUAN", "LB-UBND" },
			new String[] { "LB-TTQ", "Thanh tra quận Long Biên", "CO_QUAN", "LB-UBND" });

	/**
	 * The district Front committee's five member organisations (before 2025 they stood
	 * beside it).
	 */
	static final List<String[]> DISTRICT_MEMBERS = List.of(
			new String[] { "LB-LDLD", "Liên đoàn Lao động quận Long Biên", "CONG_DOAN" },
			new String[] { "LB-CCB", "Hội Cựu chiến binh quận Long Biên", "CUU_CHIEN_BINH" },
			new String[] { "LB-PN", "Hội Liên hiệp Phụ nữ quận Long Biên", "PHU_NU" },
			new String[] { "LB-DTN", "Quận đoàn Long Biên", "DOAN_THANH_NIEN" },
			new String[] { "LB-ND", "Hội Nông dân quận Long Biên", "NONG_DAN" });

	private void buildOrganisations() {
		organisations.row("HN-MTTQ", "Ủy ban MTTQ Việt Nam thành phố Hà Nội", "MTTQ", "HN", "");
		organisations.row("HN-TU", "Thành ủy Hà Nội", "CAP_UY", "HN", "");
		organisations.row("LB-MTTQ", "Ủy ban MTTQ Việt Nam quận Long Biên", "MTTQ", "HN-LB", "HN-MTTQ");
		DISTRICT_MEMBERS.forEach(m -> organisations.row(m[0], m[1], m[2], "HN-LB", ""));
		DISTRICT_AGENCIES.forEach(a -> organisations.row(a[0], a[1], a[2], "HN-LB", a[3]));
		oldWards.forEach((w, name) -> wardOrganisations("LB-" + w, "HN-LB-" + w, name, "LB-MTTQ", "LB-QU", false,
				oldGroups.get(w)));
		newWards.forEach((w, name) -> wardOrganisations("P-" + w, "HN-P-" + w, name, "HN-MTTQ", "HN-TU", true,
				newGroups.get(w)));
	}

	private void wardOrganisations(String p, String unit, String name, String parentFront, String parentParty,
			boolean membersInsideFront, int groups) {
		String front = p + "-MTTQ";
		organisations.row(front, "Ủy ban MTTQ Việt Nam phường " + name, "MTTQ", unit, parentFront);
		organisations.row(p + "-DU", "Đảng ủy phường " + name, "CAP_UY", unit, parentParty);
		organisations.row(p + "-HDND", "Hội đồng nhân dân phường " + name, "CO_QUAN", unit, "");
		organisations.row(p + "-UBND", "Ủy ban nhân dân phường " + name, "CO_QUAN", unit, "");
		organisations.row(p + "-TTND", "Ban Thanh tra nhân dân phường " + name, "THANH_TRA_NHAN_DAN", unit, front);
		String memberParent = membersInsideFront ? front : "";
		organisations.row(p + "-CCB", "Hội Cựu chiến binh phường " + name, "CUU_CHIEN_BINH", unit, memberParent);
		organisations.row(p + "-PN", "Hội Liên hiệp Phụ nữ phường " + name, "PHU_NU", unit, memberParent);
		organisations.row(p + "-DTN", "Đoàn Thanh niên phường " + name, "DOAN_THANH_NIEN", unit, memberParent);
		for (int i = 1; i <= groups; i++) {
			String g = unit + "-" + group(i);
			organisations.row(p + "-" + group(i) + "-BCTMT",
					"Ban công tác Mặt trận tổ dân phố số " + i + ", phường " + name, "BAN_CONG_TAC_MAT_TRAN", g, front);
			organisations.row(p + "-" + group(i) + "-CB", "Chi bộ tổ dân phố số " + i + ", phường " + name, "CHI_BO", g,
					p + "-DU");
		}
	}

}
