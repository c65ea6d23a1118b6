package vn.giamsat.platform.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes an export straight to the HTTP response, named like
 * {@code nguoi-2026-11-28.xlsx}.
 */
public final class XlsxDownload {

	private XlsxDownload() {
	}

	public static <T> void send(HttpServletResponse response, String fileStem, String sheet, String title,
			List<ExportColumn<T>> columns, Stream<? extends T> rows) throws IOException {
		String name = fileStem + "-" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + ".xlsx";
		response.setContentType(XlsxExporter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		try (OutputStream out = response.getOutputStream()) {
			new XlsxExporter().export(sheet, title, columns, rows, out);
		}
	}

}
