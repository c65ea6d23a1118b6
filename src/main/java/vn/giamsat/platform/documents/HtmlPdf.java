package vn.giamsat.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * PDF from a small XHTML page for sheets that are not official documents (notice sheets,
 * receipts): the same embedded Liberation Serif faces as {@link PdfRenderer}, and no
 * external resources except images embedded as {@code data:image/png} URIs.
 */
public final class HtmlPdf {

	private HtmlPdf() {
	}

	/**
	 * @param xhtml a well-formed XHTML document; user text must already be escaped
	 */
	public static byte[] render(String xhtml) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		for (DocumentFonts.Face face : DocumentFonts.Face.values()) {
			byte[] data = DocumentFonts.bytes(face);
			builder.useFont(() -> new ByteArrayInputStream(data), DocumentFonts.PDF_FAMILY, face.weight,
					face.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
		}
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/png"),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/png"),
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withHtmlContent(xhtml, null);
		builder.withProducer("giamsat");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Escapes text for XHTML content and attribute values. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
