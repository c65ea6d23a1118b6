package vn.giamsat.citizenreports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four kinds of citizen input the law distinguishes; {@code code} is the contract's
 * name. Denunciations and complaints follow their own laws and are routed out.
 */
public enum Classification {

	REPORT("PHAN_ANH"), PROPOSAL("KIEN_NGHI"), DENUNCIATION("TO_CAO"), COMPLAINT("KHIEU_NAI");

	private final String code;

	Classification(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "citizenreports.classification." + name();
	}

	/** Denunciations and complaints are handled by the competent state body, not here. */
	public boolean routedOut() {
		return this == DENUNCIATION || this == COMPLAINT;
	}

	public static Optional<Classification> fromCode(String code) {
		return Arrays.stream(values())
			.filter(c -> c.code.equalsIgnoreCase(code) || c.name().equalsIgnoreCase(code))
			.findFirst();
	}

}
