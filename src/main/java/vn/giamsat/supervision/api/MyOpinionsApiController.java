package vn.giamsat.supervision.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.giamsat.supervision.AnswerKind;
import vn.giamsat.supervision.CadreOpinions;
import vn.giamsat.supervision.Opinions;

/** The cadre's released opinions (never their authors) and the cadre's answers. */
@RestController
@PreAuthorize("hasRole('CADRE')")
@Tag(name = "Supervision", description = "Lượt giám sát và ý kiến góp ý trong phạm vi của tài khoản")
class MyOpinionsApiController {

	private final Opinions opinions;

	MyOpinionsApiController(Opinions opinions) {
		this.opinions = opinions;
	}

	record Answer(AnswerKind kind, String text) {
	}

	@GetMapping("/api/v1/supervision/my-opinions")
	@Operation(summary = "Ý kiến đã được chuyển tới cán bộ đang đăng nhập, không có thông tin người góp ý")
	CadreOpinions mine() {
		return opinions.mine();
	}

	@PostMapping("/api/v1/supervision/my-opinions/{id}/answer")
	@Operation(summary = "Cán bộ tiếp thu (nêu việc khắc phục) hoặc giải trình một ý kiến đã được chuyển")
	ResponseEntity<Void> answer(@PathVariable long id, @RequestBody Answer body) {
		opinions.answer(id, body.kind(), body.text());
		return ResponseEntity.noContent().build();
	}

}
