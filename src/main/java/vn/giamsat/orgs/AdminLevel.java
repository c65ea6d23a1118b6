package vn.giamsat.orgs;

import java.util.Arrays;
import java.util.Optional;

/**
 * Levels of administrative units, top down. {@code code} is the contract's name (imports
 * and statistics use it), the constant is the English identifier kept in the database.
 */
public enum AdminLevel {

	CITY("TINH_THANH"), DISTRICT("QUAN_HUYEN"), WARD("PHUONG_XA"), RESIDENTIAL_GROUP("TO_DAN_PHO");

	private final String code;

	AdminLevel(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "level." + name();
	}

	/**
	 * A child must be at a lower level; a ward may hang directly under a city after
	 * 1/7/2025.
	 */
	public boolean mayBeChildOf(AdminLevel parent) {
		return parent.ordinal() < ordinal();
	}

	public static Optional<AdminLevel> fromCode(String code) {
		return Arrays.stream(values())
			.filter(l -> l.code.equalsIgnoreCase(code) || l.name().equalsIgnoreCase(code))
			.findFirst();
	}

}
