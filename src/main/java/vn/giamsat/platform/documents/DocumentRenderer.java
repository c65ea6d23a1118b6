package vn.giamsat.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Turns an {@link OfficialDocument} into a file format, so a download endpoint can offer
 * DOCX (editable, for the secretariat) and PDF (for sending and archiving) from one
 * model.
 *
 * <p>
 * Implementations are stateless and thread-safe; one instance serves all requests.
 */
public interface DocumentRenderer {

	/** Writes the rendered document to {@code out}; the stream is left open. */
	void render(OfficialDocument document, OutputStream out) throws IOException;

	/** The rendered document as bytes. */
	default byte[] render(OfficialDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			render(document, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render " + fileExtension(), e);
		}
		return out.toByteArray();
	}

	/** The media type for a Content-Type header. */
	String mediaType();

	/** The file name extension without dot, e.g. "pdf". */
	String fileExtension();

}
