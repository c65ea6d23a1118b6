package vn.giamsat.platform.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * Renders an {@link OfficialDocument} to PDF for sending and archiving.
 *
 * <p>
 * The model becomes an XHTML DOM ({@link PdfMarkup}) that openhtmltopdf lays out on A4
 * with the Decree 30 margins. The shipped Liberation Serif faces are the only fonts
 * registered and are embedded as subsets, so Vietnamese prints identically whatever the
 * server has installed. All external resource loading is refused: the document needs
 * none, and user text must not be able to make the server fetch anything.
 *
 * <p>
 * Stateless and thread-safe: each call builds its own renderer; font files are read once
 * per JVM.
 */
@Component
public class PdfRenderer implements DocumentRenderer {

	private static final String PRODUCER = "giamsat";

	@Override
	public void render(OfficialDocument document, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		for (DocumentFonts.Face face : DocumentFonts.Face.values()) {
			byte[] data = DocumentFonts.bytes(face);
			builder.useFont(() -> new ByteArrayInputStream(data), DocumentFonts.PDF_FAMILY, face.weight,
					face.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
		}
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withW3cDocument(PdfMarkup.build(document), null);
		builder.withProducer(PRODUCER);
		builder.toStream(out);
		builder.run();
	}

	@Override
	public String mediaType() {
		return "application/pdf";
	}

	@Override
	public String fileExtension() {
		return "pdf";
	}

}
