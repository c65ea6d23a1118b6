package vn.giamsat.platform.files;

import java.util.Optional;
import java.util.UUID;

/**
 * Where uploaded files live. One interface so that a deployment can move them from the
 * database (the default: nothing else to back up, every instance sees them) to an
 * S3-compatible store.
 */
public interface FileStore {

	UUID store(String fileName, String contentType, byte[] content);

	Optional<StoredFile> load(UUID id);

	record StoredFile(UUID id, String fileName, String contentType, byte[] content) {
	}

}
