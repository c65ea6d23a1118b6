package vn.giamsat.stats.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.platform.exports.XlsxExporter;
import vn.giamsat.stats.StatsReport;
import vn.giamsat.stats.SupervisionStatistics;
import vn.giamsat.stats.internal.ReportExports;

/** Downloads of the six-monthly report: XLSX figures, DOCX and PDF official report. */
@Controller
class StatsExportController {

	private final SupervisionStatistics statistics;

	private final ReportExports exports;

	StatsExportController(SupervisionStatistics statistics, ReportExports exports) {
		this.statistics = statistics;
		this.exports = exports;
	}

	@GetMapping("/stats/report.xlsx")
	void xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String unit, HttpServletResponse response) throws IOException {
		StatsReport report = statistics.report(statistics.filter(from, to, unit, null, null));
		response.setContentType(XlsxExporter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(report, "xlsx"));
		exports.xlsx(report, response.getOutputStream());
	}

	@GetMapping("/stats/report.{format:docx|pdf}")
	ResponseEntity<byte[]> document(@PathVariable String format, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unit) {
		StatsReport report = statistics.report(statistics.filter(from, to, unit, null, null));
		boolean pdf = format.equals("pdf");
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF
					: MediaType
						.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(report, format))
			.body(pdf ? exports.pdf(report) : exports.docx(report));
	}

	private static String disposition(StatsReport r, String extension) {
		return ContentDisposition.attachment()
			.filename("bao-cao-giam-sat-" + r.unit() + "-" + r.from() + "-" + r.to() + "." + extension,
					StandardCharsets.UTF_8)
			.build()
			.toString();
	}

}
