package vn.giamsat.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the port the test profile sends mail to. The port
 * comes from {@code GIAMSAT_TEST_SMTP_PORT} (default 3025) so that two builds on one
 * machine do not collide.
 */
public final class TestSmtp {

	private TestSmtp() {
	}

	public static int port() {
		String env = System.getenv("GIAMSAT_TEST_SMTP_PORT");
		return env == null || env.isBlank() ? 3025 : Integer.parseInt(env.trim());
	}

	/**
	 * Use as
	 * {@code @RegisterExtension static GreenMailExtension smtp = TestSmtp.server();}
	 */
	public static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(port(), null, ServerSetup.PROTOCOL_SMTP));
	}

}
