package vn.giamsat.orgs;

import java.util.Arrays;
import java.util.Optional;

/**
 * Organisation types of DOMAIN.md §2; {@code code} is the contract's name used in
 * imports.
 */
public enum OrganisationType {

	FRONT_COMMITTEE("MTTQ"), LABOUR_FEDERATION("CONG_DOAN"), VETERANS_ASSOCIATION("CUU_CHIEN_BINH"),
	WOMENS_UNION("PHU_NU"), YOUTH_UNION("DOAN_THANH_NIEN"), FARMERS_ASSOCIATION("NONG_DAN"),
	FRONT_WORK_COMMITTEE("BAN_CONG_TAC_MAT_TRAN"), PEOPLES_INSPECTION_BOARD("THANH_TRA_NHAN_DAN"),
	PARTY_COMMITTEE("CAP_UY"), PARTY_CELL("CHI_BO"), PROPAGANDA_DEPARTMENT("TUYEN_GIAO"), AGENCY("CO_QUAN");

	private final String code;

	OrganisationType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "orgType." + name();
	}

	/** The member organisations of the Front, which can be focal supervising units. */
	public boolean isMemberOrganisation() {
		return this == LABOUR_FEDERATION || this == VETERANS_ASSOCIATION || this == WOMENS_UNION || this == YOUTH_UNION
				|| this == FARMERS_ASSOCIATION;
	}

	public static Optional<OrganisationType> fromCode(String code) {
		return Arrays.stream(values())
			.filter(t -> t.code.equalsIgnoreCase(code) || t.name().equalsIgnoreCase(code))
			.findFirst();
	}

}
