package vn.giamsat.platform.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Product-wide settings under {@code giamsat.*}.
 *
 * @param dataDir where the embedded PostgreSQL keeps its files (contract: {@code ./data}
 * by default)
 * @param embeddedEphemeral tests start a throw-away embedded database instead of the
 * persistent one
 * @param demo load the Long Biên demo data and demo accounts on first start (never in
 * production)
 * @param baseUrl the address printed at start-up and used in QR codes and e-mails
 */
@ConfigurationProperties(prefix = "giamsat")
public record GiamsatProperties(Path dataDir, boolean embeddedEphemeral, boolean demo, String baseUrl) {

	public GiamsatProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
	}
}
