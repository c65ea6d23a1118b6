package vn.giamsat.people;

import java.util.Optional;

/**
 * As recorded on party and personnel files; {@code code} is the contract's import name.
 */
public enum Gender {

	MALE("NAM"), FEMALE("NU");

	private final String code;

	Gender(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "gender." + name();
	}

	public static Optional<Gender> fromCode(String code) {
		for (Gender g : values()) {
			if (g.code.equalsIgnoreCase(code) || g.name().equalsIgnoreCase(code)) {
				return Optional.of(g);
			}
		}
		return Optional.empty();
	}

}
