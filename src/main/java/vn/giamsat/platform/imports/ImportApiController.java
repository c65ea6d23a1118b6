package vn.giamsat.platform.imports;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.giamsat.platform.security.CurrentAccess;

/** The import contract: all-or-nothing upload and the template of each dataset. */
@RestController
@Tag(name = "Imports", description = "Nhập dữ liệu từ XLSX/CSV: tất cả hoặc không gì cả")
class ImportApiController {

	private final ImportService imports;

	private final TemplateDownloads templates;

	private final CurrentAccess access;

	ImportApiController(ImportService imports, TemplateDownloads templates, CurrentAccess access) {
		this.imports = imports;
		this.templates = templates;
		this.access = access;
	}

	@PostMapping(value = "/api/v1/imports/{dataset}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Nhập một tệp XLSX hoặc CSV; 422 với mọi lỗi (dòng, cột, thông báo) và không ghi gì nếu có lỗi")
	ImportOutcome upload(@PathVariable String dataset, @RequestPart("file") MultipartFile file) throws IOException {
		return imports.importFile(dataset, file.getInputStream(), file.getOriginalFilename(), access.scope());
	}

	@GetMapping("/api/v1/imports/{dataset}/template.xlsx")
	@Operation(summary = "Tải tệp mẫu với tiêu đề cột tiếng Việt và trang hướng dẫn")
	ResponseEntity<byte[]> template(@PathVariable String dataset) {
		imports.require(dataset, access.scope());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-" + dataset + ".xlsx\"")
			.contentType(MediaType.parseMediaType(vn.giamsat.platform.exports.XlsxExporter.CONTENT_TYPE))
			.body(templates.template(dataset));
	}

}
