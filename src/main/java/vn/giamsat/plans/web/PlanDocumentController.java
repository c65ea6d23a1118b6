package vn.giamsat.plans.web;

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

import vn.giamsat.plans.internal.PlanAccess;
import vn.giamsat.plans.internal.PlanDocuments;
import vn.giamsat.plans.internal.PlanRow;
import vn.giamsat.platform.exports.XlsxExporter;

/** The plan as PDF and DOCX (annex included) and its assignment table as XLSX. */
@Controller
class PlanDocumentController {

	private final PlanAccess access;

	private final PlanDocuments documents;

	PlanDocumentController(PlanAccess access, PlanDocuments documents) {
		this.access = access;
		this.documents = documents;
	}

	@GetMapping("/plans/{id}/ke-hoach.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		PlanRow plan = readable(id);
		return file(documents.pdf(plan), "ke-hoach-giam-sat-" + plan.year() + ".pdf", MediaType.APPLICATION_PDF_VALUE);
	}

	@GetMapping("/plans/{id}/ke-hoach.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		PlanRow plan = readable(id);
		return file(documents.docx(plan), "ke-hoach-giam-sat-" + plan.year() + ".docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@GetMapping("/plans/{id}/phan-cong.xlsx")
	void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
		PlanRow plan = readable(id);
		response.setContentType(XlsxExporter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("phan-cong-" + plan.year() + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		documents.xlsx(plan, response.getOutputStream());
	}

	private PlanRow readable(long id) {
		PlanRow plan = access.plan(id);
		if (access.view(plan) == PlanAccess.View.MEMBER) {
			throw new vn.giamsat.platform.security.OutOfScopeException();
		}
		return plan;
	}

	private static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(content);
	}

}
