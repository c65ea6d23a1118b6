package vn.giamsat.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer failures with the officer layout and a Vietnamese explanation, never a
 * stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final UiFactory ui;

	PageExceptionHandler(UiFactory ui) {
		this.ui = ui;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		return page(request, HttpStatus.NOT_FOUND, "error.notFound");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(HttpServletRequest request, AccessDeniedException ex) {
		return page(request, HttpStatus.FORBIDDEN,
				"error.outOfScope".equals(ex.getMessage()) ? "error.outOfScope" : "error.forbidden");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(HttpServletRequest request) {
		return page(request, HttpStatus.CONFLICT, "error.concurrentEdit");
	}

	@ExceptionHandler(UserInputException.class)
	ModelAndView userInput(HttpServletRequest request, UserInputException ex) {
		ModelAndView mav = page(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.problems().get(0).code());
		mav.addObject("args", ex.problems().get(0).args());
		return mav;
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MaxUploadSizeExceededException.class })
	ModelAndView badRequest(HttpServletRequest request, Exception ex) {
		return page(request, HttpStatus.BAD_REQUEST,
				ex instanceof MaxUploadSizeExceededException ? "error.fileTooLarge" : "error.badRequest");
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(HttpServletRequest request, Exception ex) {
		log.error("Lỗi không mong đợi khi hiển thị trang {}", request.getRequestURI(), ex);
		return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, String messageCode) {
		ModelAndView mav = new ModelAndView("error");
		mav.setStatus(status);
		mav.addObject("ui", ui.ui(request));
		mav.addObject("status", status.value());
		mav.addObject("messageCode", messageCode);
		return mav;
	}

}
