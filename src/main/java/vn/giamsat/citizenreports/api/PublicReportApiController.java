package vn.giamsat.citizenreports.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.giamsat.citizenreports.Channel;
import vn.giamsat.citizenreports.CitizenReports;
import vn.giamsat.citizenreports.NewReport;
import vn.giamsat.citizenreports.Receipt;
import vn.giamsat.citizenreports.Reporter;
import vn.giamsat.citizenreports.TrackedReport;
import vn.giamsat.citizenreports.TooManyRequests;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.NotFoundException;

/**
 * The public, account-less report API of API-CONTRACT.md. The look-up answers only state,
 * time and public reply; an unknown code is 404 after the same work as a known one.
 */
@RestController
@Tag(name = "Phản ánh của công dân (công khai)")
class PublicReportApiController {

	private final CitizenReports reports;

	private final Messages messages;

	PublicReportApiController(CitizenReports reports, Messages messages) {
		this.reports = reports;
		this.messages = messages;
	}

	record ReporterJson(String name, String phone, String address) {
	}

	record SubmitJson(String classification, String unit, String subjectName, String subjectPosition,
			String subjectCode, String content, Boolean anonymous, ReporterJson reporter) {
	}

	record ReceiptJson(String receiptCode) {
	}

	record StatusJson(String status, OffsetDateTime updatedAt, String publicReply) {
	}

	@PostMapping(path = "/api/v1/public/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Gửi phản ánh (không cần tài khoản); trả về mã tiếp nhận, chỉ hiển thị một lần")
	ResponseEntity<ReceiptJson> submit(@RequestBody SubmitJson body, HttpServletRequest request) {
		boolean anonymous = Boolean.TRUE.equals(body.anonymous());
		ReporterJson r = body.reporter();
		NewReport report = new NewReport(body.classification(), body.unit(), body.subjectCode(), body.subjectName(),
				body.subjectPosition(), body.content(), anonymous,
				r == null ? Reporter.NONE : new Reporter(r.name(), r.phone(), r.address()), List.of(), Channel.API);
		Receipt receipt = reports.submit(report, request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(new ReceiptJson(receipt.receiptCode()));
	}

	@GetMapping("/api/v1/public/reports/{receiptCode}")
	@Operation(summary = "Theo dõi phản ánh bằng mã tiếp nhận: trạng thái và trả lời công khai")
	StatusJson status(@PathVariable String receiptCode, HttpServletRequest request) {
		TrackedReport t = reports.track(receiptCode, request.getRemoteAddr()).orElseThrow(NotFoundException::new);
		return new StatusJson(t.status().name(), t.updatedAt(), t.publicReply());
	}

	@ExceptionHandler(TooManyRequests.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequests ex) {
		ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.vi(ex.code(), ex.retryAfterSeconds()));
		pd.setTitle(messages.vi("citizenreports.error.tooManyTitle"));
		pd.setProperty("errors", List.of(Map.of("field", "address", "message", pd.getDetail())));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", String.valueOf(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(pd);
	}

}
