package vn.giamsat.residence.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.residence.RequestState;
import vn.giamsat.residence.internal.RequestRow;
import vn.giamsat.residence.internal.ResidenceAccess;
import vn.giamsat.residence.internal.ResidenceDocuments;

/**
 * The request form and the returned comment as PDF and DOCX. The member gets neither: the
 * comment form carries the group leaders' opinions, which are not shown to them.
 */
@Controller
class ResidenceDocumentController {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final ResidenceAccess access;

	private final ResidenceDocuments documents;

	ResidenceDocumentController(ResidenceAccess access, ResidenceDocuments documents) {
		this.access = access;
		this.documents = documents;
	}

	@GetMapping("/residence/requests/{id}/phieu-de-nghi.pdf")
	ResponseEntity<byte[]> requestPdf(@PathVariable long id) {
		RequestRow r = readable(id);
		return file(documents.requestPdf(r), "phieu-de-nghi-" + r.personCode() + ".pdf",
				MediaType.APPLICATION_PDF_VALUE);
	}

	@GetMapping("/residence/requests/{id}/phieu-de-nghi.docx")
	ResponseEntity<byte[]> requestDocx(@PathVariable long id) {
		RequestRow r = readable(id);
		return file(documents.requestDocx(r), "phieu-de-nghi-" + r.personCode() + ".docx", DOCX);
	}

	@GetMapping("/residence/requests/{id}/nhan-xet.pdf")
	ResponseEntity<byte[]> commentPdf(@PathVariable long id) {
		RequestRow r = returned(id);
		return file(documents.commentPdf(r), "nhan-xet-" + r.personCode() + "-" + r.year() + ".pdf",
				MediaType.APPLICATION_PDF_VALUE);
	}

	@GetMapping("/residence/requests/{id}/nhan-xet.docx")
	ResponseEntity<byte[]> commentDocx(@PathVariable long id) {
		RequestRow r = returned(id);
		return file(documents.commentDocx(r), "nhan-xet-" + r.personCode() + "-" + r.year() + ".docx", DOCX);
	}

	private RequestRow readable(long id) {
		RequestRow r = access.request(id);
		if (access.view(r) == ResidenceAccess.View.MEMBER) {
			throw new OutOfScopeException();
		}
		return r;
	}

	private RequestRow returned(long id) {
		RequestRow r = readable(id);
		if (r.state() != RequestState.RETURNED) {
			throw new NotFoundException();
		}
		return r;
	}

	private static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(content);
	}

}
