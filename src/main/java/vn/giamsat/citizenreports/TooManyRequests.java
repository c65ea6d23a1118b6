package vn.giamsat.citizenreports;

/** An address exceeded its allowance: answered with 429 and a Vietnamese explanation. */
public class TooManyRequests extends RuntimeException {

	private final long retryAfterSeconds;

	public TooManyRequests(String code, long retryAfterSeconds) {
		super(code);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public String code() {
		return getMessage();
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
