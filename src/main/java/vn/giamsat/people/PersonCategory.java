package vn.giamsat.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * Categories of supervised people (DOMAIN.md §2); {@code code} is the contract's import
 * name.
 */
public enum PersonCategory {

	HEAD_OF_AGENCY("NGUOI_DUNG_DAU"), KEY_CADRE("CAN_BO_CHU_CHOT"), CADRE_PARTY_MEMBER("CAN_BO_DANG_VIEN"),
	PARTY_CELL_SECRETARY("BI_THU_CHI_BO"), RESIDENTIAL_GROUP_HEAD("TO_TRUONG_TDP"),
	FRONT_WORK_COMMITTEE_HEAD("TRUONG_BAN_CTMT"), OTHER_PARTY_MEMBER("DANG_VIEN_KHAC");

	private final String code;

	PersonCategory(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "category." + name();
	}

	public static Optional<PersonCategory> fromCode(String code) {
		return Arrays.stream(values())
			.filter(c -> c.code.equalsIgnoreCase(code) || c.name().equalsIgnoreCase(code))
			.findFirst();
	}

}
