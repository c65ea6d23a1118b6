package vn.giamsat.platform.files;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Files as rows of {@code stored_file}: shared by every instance through the one
 * database.
 */
@Component
class JdbcFileStore implements FileStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcFileStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public UUID store(String fileName, String contentType, byte[] content) {
		UUID id = UUID.randomUUID();
		var auth = SecurityContextHolder.getContext().getAuthentication();
		jdbc.sql(
				"""
						insert into stored_file (id, file_name, content_type, size_bytes, sha256, content, created_at, created_by)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, fileName, contentType, content.length, sha256(content), content, OffsetDateTime.now(clock),
					auth == null ? null : auth.getName())
			.update();
		return id;
	}

	@Override
	public Optional<StoredFile> load(UUID id) {
		return jdbc.sql("select id, file_name, content_type, content from stored_file where id = ?")
			.param(id)
			.query((rs, n) -> new StoredFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getBytes(4)))
			.optional();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
