package vn.giamsat.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The JSON API answers every failure as {@code application/problem+json} (RFC 9457) with
 * a Vietnamese {@code detail}; user mistakes are 4xx with an {@code errors} array, never
 * 5xx. Selected by annotation only (a package selector would be OR-ed and capture the
 * pages too), and ordered first because the pages' advice also matches
 * {@code @RestController} through {@code @Controller}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Messages messages;

	ApiExceptionHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UserInputException.class)
	ResponseEntity<ProblemDetail> userInput(UserInputException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "error.validation", ex.problems());
	}

	@ExceptionHandler(vn.giamsat.platform.imports.ImportRejectedException.class)
	ResponseEntity<ProblemDetail> importRejected(vn.giamsat.platform.imports.ImportRejectedException ex) {
		List<Problem> problems = ex.errors()
			.stream()
			.map(e -> new Problem(e.row() == 0 ? null : e.row(), e.column(), e.messageCode(), e.args()))
			.toList();
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, "imports.rejected",
				problems);
		response.getBody().setDetail(messages.get("imports.rejected", problems.size()));
		return response;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "error.notFound", List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "error.forbidden", List.of());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "error.concurrentEdit", List.of());
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class })
	ResponseEntity<ProblemDetail> tooLarge(Exception ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "error.fileTooLarge", List.of());
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
			MultipartException.class, HttpMediaTypeNotSupportedException.class,
			org.springframework.http.converter.HttpMessageNotReadableException.class })
	ResponseEntity<ProblemDetail> badRequest(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "error.badRequest", List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "error.badRequest", List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "error.notFound", List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Lỗi không mong đợi khi xử lý yêu cầu API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", List.of());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, List<Problem> problems) {
		ProblemDetail pd = ProblemDetail.forStatus(status);
		pd.setTitle(messages.get("error.title." + status.value()));
		pd.setDetail(problems.size() == 1 ? messages.problem(problems.get(0)) : messages.get(code));
		pd.setType(URI.create("about:blank"));
		if (!problems.isEmpty()) {
			pd.setProperty("errors", problems.stream().map(this::error).toList());
		}
		return ResponseEntity.status(status)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(pd);
	}

	private Map<String, Object> error(Problem p) {
		var m = new java.util.LinkedHashMap<String, Object>();
		if (p.row() != null) {
			m.put("row", p.row());
		}
		m.put("field", p.field());
		m.put("message", messages.problem(p));
		return m;
	}

}
