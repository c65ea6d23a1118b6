package vn.giamsat.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's people: about 104 district-managed cadres in the district's Party, mass and
 * People's Committee agencies (as in the Long Biên article), ward cadres, the three
 * leaders of every residential group (party cell secretary, group head, Front work
 * committee head) and ordinary party members living in the groups. Names come from
 * {@link VietnameseNameGenerator}.
 */
final class DemoPeople {

	/**
	 * The cadre behind the demo account {@code canbo.demo}; tests search for this name.
	 */
	static final String PERSONA_CODE = "LB-CB-001";

	static final String PERSONA_NAME = "Nguyễn Văn An";

	final Csv people = new Csv("ma", "ho_ten", "gioi_tinh", "nam_sinh", "dang_vien", "chuc_vu", "ma_noi_cong_tac",
			"ma_noi_cu_tru", "ma_cap_uy_quan_ly", "nhom");

	private final VietnameseNameGenerator names;

	private final List<String> oldGroupCodes = new ArrayList<>();

	private int districtCount;

	DemoPeople(DemoStructure s, VietnameseNameGenerator names) {
		this.names = names;
		s.oldGroups.forEach((w, n) -> {
			for (int i = 1; i <= n; i++) {
				oldGroupCodes.add("HN-LB-" + w + "-" + DemoStructure.group(i));
			}
		});
		districtCadres();
		s.oldWards.forEach((w, name) -> wardCadres("LB-" + w, "LB-" + w + "-DU", "LB-QU"));
		s.oldGroups.forEach((w, n) -> groupPeople("LB-" + w, "HN-LB-" + w, n, 4));
		s.newWards.forEach((w, name) -> wardCadres("P-" + w, "P-" + w + "-DU", "HN-TU"));
		s.newGroups.forEach((w, n) -> groupPeople("P-" + w, "HN-P-" + w, n, 0));
	}

	/** Agency → positions held there by district-managed cadres (heads first). */
	private static final Map<String, String[]> DISTRICT_POSITIONS = Map.ofEntries(
			Map.entry("LB-QU",
					new String[] { "Bí thư Quận ủy", "Phó Bí thư Thường trực Quận ủy", "Ủy viên Ban Thường vụ Quận ủy",
							"Ủy viên Ban Thường vụ Quận ủy", "Quận ủy viên", "Quận ủy viên" }),
			Map.entry("LB-BTG",
					new String[] { "Trưởng ban Tuyên giáo Quận ủy", "Phó Trưởng ban Tuyên giáo Quận ủy",
							"Chuyên viên" }),
			Map.entry("LB-BTC",
					new String[] { "Trưởng ban Tổ chức Quận ủy", "Phó Trưởng ban Tổ chức Quận ủy", "Chuyên viên" }),
			Map.entry("LB-UBKT",
					new String[] { "Chủ nhiệm Ủy ban Kiểm tra Quận ủy", "Phó Chủ nhiệm Ủy ban Kiểm tra Quận ủy",
							"Kiểm tra viên" }),
			Map.entry("LB-BDV", new String[] { "Trưởng ban Dân vận Quận ủy", "Phó Trưởng ban Dân vận Quận ủy" }),
			Map.entry("LB-VPQU", new String[] { "Chánh Văn phòng Quận ủy", "Phó Chánh Văn phòng Quận ủy" }),
			Map.entry("LB-HDND",
					new String[] { "Chủ tịch HĐND quận", "Phó Chủ tịch HĐND quận", "Trưởng ban Pháp chế HĐND quận",
							"Trưởng ban Kinh tế - Xã hội HĐND quận" }),
			Map.entry("LB-UBND",
					new String[] { "Chủ tịch UBND quận", "Phó Chủ tịch UBND quận", "Phó Chủ tịch UBND quận",
							"Phó Chủ tịch UBND quận" }),
			Map.entry("LB-VP", new String[] { "Chánh Văn phòng HĐND và UBND quận", "Phó Chánh Văn phòng",
					"Phó Chánh Văn phòng" }));

	private void districtCadres() {
		add(PERSONA_CODE, PERSONA_NAME, false, 1976, "Trưởng phòng Nội vụ", "LB-PNV", "LB-QU", "NGUOI_DUNG_DAU");
		for (String[] agency : DemoStructure.DISTRICT_AGENCIES) {
			String code = agency[0];
			String[] positions = DISTRICT_POSITIONS.getOrDefault(code,
					new String[] { "Trưởng phòng", "Phó Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên" });
			for (int i = 0; i < positions.length; i++) {
				if (code.equals("LB-PNV") && i == 0) {
					continue;
				}
				String position = positions[i].equals("Trưởng phòng") || positions[i].equals("Phó Trưởng phòng")
						? positions[i] + " " + agency[1].replace(" quận Long Biên", "").replace("Phòng ", "")
						: positions[i];
				boolean cityManaged = position.equals("Bí thư Quận ủy") || position.startsWith("Phó Bí thư")
						|| position.equals("Chủ tịch UBND quận") || position.equals("Chủ tịch HĐND quận");
				String category = i == 0 ? "NGUOI_DUNG_DAU"
						: position.startsWith("Chuyên viên") || position.startsWith("Kiểm tra viên")
								|| position.equals("Quận ủy viên") ? "CAN_BO_DANG_VIEN" : "CAN_BO_CHU_CHOT";
				person("LB-CB", position, code, pickOldGroup(), cityManaged ? "HN-TU" : "LB-QU", category, 1962, 1985);
			}
		}
		for (String[] member : DemoStructure.DISTRICT_MEMBERS) {
			String head = member[2].equals("DOAN_THANH_NIEN") ? "Bí thư Quận đoàn"
					: "Chủ tịch " + member[1].replace(" quận Long Biên", "");
			person("LB-CB", head, member[0], pickOldGroup(), "LB-QU", "NGUOI_DUNG_DAU", 1965, 1988);
		}
		person("LB-CB", "Chủ tịch Ủy ban MTTQ quận", "LB-MTTQ", pickOldGroup(), "LB-QU", "NGUOI_DUNG_DAU", 1965, 1975);
		person("LB-CB", "Phó Chủ tịch Ủy ban MTTQ quận", "LB-MTTQ", pickOldGroup(), "LB-QU", "CAN_BO_CHU_CHOT", 1965,
				1980);
		while (districtCount < 104) {
			person("LB-CB", "Chuyên viên", names.pick(DemoStructure.DISTRICT_AGENCIES)[0], pickOldGroup(), "LB-QU",
					"CAN_BO_DANG_VIEN", 1970, 1992);
		}
	}

	private static final String[][] WARD_POSITIONS = { { "Bí thư Đảng ủy phường", "DU", "up" },
			{ "Phó Bí thư Thường trực Đảng ủy phường", "DU", "up" }, { "Chủ tịch UBND phường", "UBND", "up" },
			{ "Phó Chủ tịch UBND phường", "UBND", "ward" }, { "Phó Chủ tịch UBND phường", "UBND", "ward" },
			{ "Chủ tịch HĐND phường", "HDND", "ward" }, { "Phó Chủ tịch HĐND phường", "HDND", "ward" },
			{ "Chủ tịch Ủy ban MTTQ phường", "MTTQ", "ward" }, { "Phó Chủ tịch Ủy ban MTTQ phường", "MTTQ", "ward" },
			{ "Chủ tịch Hội Cựu chiến binh phường", "CCB", "ward" },
			{ "Chủ tịch Hội Liên hiệp Phụ nữ phường", "PN", "ward" },
			{ "Bí thư Đoàn Thanh niên phường", "DTN", "ward" } };

	private void wardCadres(String p, String wardCommittee, String upperCommittee) {
		for (String[] pos : WARD_POSITIONS) {
			String committee = "up".equals(pos[2]) ? upperCommittee : wardCommittee;
			String category = pos[0].startsWith("Phó") ? "CAN_BO_CHU_CHOT" : "NGUOI_DUNG_DAU";
			String residence = p.startsWith("LB-") ? pickOldGroup() : "HN-" + p + "-" + DemoStructure.group(1);
			person(p + "-CB", pos[0], p + "-" + pos[1], residence, committee, category, 1965, 1990);
		}
	}

	private void groupPeople(String p, String unit, int groups, int partyMembersPerGroup) {
		for (int i = 1; i <= groups; i++) {
			String g = DemoStructure.group(i);
			String residence = unit + "-" + g;
			person(p + "-" + g, "Bí thư Chi bộ tổ dân phố số " + i, p + "-" + g + "-CB", residence, p + "-DU",
					"BI_THU_CHI_BO", 1950, 1970);
			person(p + "-" + g, "Tổ trưởng tổ dân phố số " + i, "", residence, p + "-DU", "TO_TRUONG_TDP", 1952, 1975);
			person(p + "-" + g, "Trưởng Ban công tác Mặt trận tổ dân phố số " + i, p + "-" + g + "-BCTMT", residence,
					p + "-DU", "TRUONG_BAN_CTMT", 1950, 1972);
			for (int k = 0; k < partyMembersPerGroup; k++) {
				person(p + "-" + g, "", "", residence, p + "-DU", "DANG_VIEN_KHAC", 1945, 1998);
			}
		}
	}

	private int sequence;

	private void person(String prefix, String position, String workplace, String residence, String committee,
			String category, int bornFrom, int bornTo) {
		boolean female = names.nextFemale(category.equals("NGUOI_DUNG_DAU") ? 30 : 45);
		add(prefix + "-" + String.format("%05d", ++sequence), names.fullName(female), female,
				names.birthYear(bornFrom, bornTo), position, workplace, committee, category, residence);
	}

	private void add(String code, String name, boolean female, int born, String position, String workplace,
			String committee, String category) {
		add(code, name, female, born, position, workplace, committee, category, pickOldGroup());
	}

	private void add(String code, String name, boolean female, int born, String position, String workplace,
			String committee, String category, String residence) {
		people.row(code, name, female ? "NU" : "NAM", born, "CO", position, workplace, residence, committee, category);
		if (code.startsWith("LB-CB")) {
			districtCount++;
		}
	}

	private String pickOldGroup() {
		return names.pick(oldGroupCodes);
	}

}
