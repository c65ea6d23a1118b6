package vn.giamsat.portal.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.giamsat.citizenreports.TooManyRequests;
import vn.giamsat.platform.web.Messages;

/** A flood from one address gets a plain page with 429, not an error page. */
@ControllerAdvice(assignableTypes = PortalReportController.class)
class PortalAdvice {

	private final Messages messages;

	PortalAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(TooManyRequests.class)
	String tooMany(TooManyRequests ex, HttpServletResponse response, Model model) {
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		model.addAttribute("message", messages.get(ex.code(), ex.retryAfterSeconds()));
		return PortalReportController.VIEW_LIMITED;
	}

}
