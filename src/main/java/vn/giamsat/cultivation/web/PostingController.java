package vn.giamsat.cultivation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.cultivation.CultivationLifecycle;
import vn.giamsat.cultivation.CultivationLifecycle.Place;
import vn.giamsat.cultivation.internal.LifecycleStore;
import vn.giamsat.platform.files.FileStore;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Notice-board postings: the residential group's Front work committee or the agency's
 * clerk records the day the sheet went up, with a photo of the board as evidence.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER', 'FRONT_WORK_COMMITTEE', 'PARTY_CELL_OFFICER', 'PARTY_COMMITTEE_OFFICER', 'PROPAGANDA_OFFICER')")
class PostingController {

	private final CultivationLifecycle lifecycle;

	private final LifecycleStore store;

	private final FileStore files;

	private final CurrentAccess access;

	private final Messages messages;

	private final Clock clock;

	PostingController(CultivationLifecycle lifecycle, LifecycleStore store, FileStore files, CurrentAccess access,
			Messages messages, Clock clock) {
		this.lifecycle = lifecycle;
		this.store = store;
		this.files = files;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cultivation/postings")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		return page(model, y, new PostingForm(y, null, "", "", ""), List.of());
	}

	@PostMapping("/cultivation/postings")
	String record(@RequestParam int year, @RequestParam(required = false) String place,
			@RequestParam(required = false) String placeCode, @RequestParam(required = false) String postedOn,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile photo,
			Model model, RedirectAttributes redirect) throws IOException {
		PostingForm form = new PostingForm(year, place, placeCode, postedOn, note);
		List<Problem> problems = new ArrayList<>();
		LocalDate day = DateInput.parse(postedOn, "postedOn", problems);
		Place where = null;
		try {
			where = place == null ? null : Place.valueOf(place);
		}
		catch (IllegalArgumentException ex) {
			// an unknown value is reported like a missing one below
		}
		if (problems.isEmpty()) {
			try {
				lifecycle.recordPosting(year, where, placeCode, day, photo == null ? null : photo.getOriginalFilename(),
						photo == null ? null : photo.getBytes(), note);
				redirect.addFlashAttribute("flash", "cultivation.postingRecorded");
				return "redirect:/cultivation/postings?year=" + year;
			}
			catch (UserInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		return page(model, year, form, problems);
	}

	@GetMapping("/cultivation/postings/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		AccessScope scope = access.scope();
		var file = store.photoOf(id, scope.global(), scope.unitIdArray())
			.flatMap(files::load)
			.orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

	private String page(Model model, int year, PostingForm form, List<Problem> problems) {
		AccessScope scope = access.scope();
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("postings", store.postings(scope.global(), scope.unitIdArray(), year));
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return "cultivation/postings";
	}

}
