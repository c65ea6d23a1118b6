package vn.giamsat.cultivation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.cultivation.CultivationLifecycle;
import vn.giamsat.cultivation.PublicPlan;
import vn.giamsat.cultivation.internal.NoticeSheet;
import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.orgs.UnitView;
import vn.giamsat.platform.db.GiamsatProperties;
import vn.giamsat.platform.web.NotFoundException;

/**
 * The public posting of self-cultivation plans (no account): by residential group and by
 * agency, as a page for phones and as the printable A4 notice sheet with a QR code back
 * to the page.
 */
@Controller
class PublicPostingController {

	private final CultivationLifecycle lifecycle;

	private final OrgStructure orgs;

	private final MessageSource messages;

	private final GiamsatProperties properties;

	private final Clock clock;

	PublicPostingController(CultivationLifecycle lifecycle, OrgStructure orgs, MessageSource messages,
			GiamsatProperties properties, Clock clock) {
		this.lifecycle = lifecycle;
		this.orgs = orgs;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/portal/posting/units/{code}")
	String residence(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
		UnitView unit = group(code);
		int y = year(year);
		return page(model, unit.name(), "/portal/posting/units/" + unit.code(), y,
				lifecycle.publishedAtResidence(unit.id(), y));
	}

	@GetMapping("/portal/posting/organisations/{code}")
	String workplace(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
		OrganisationView org = orgs.organisationByCode(code).orElseThrow(NotFoundException::new);
		int y = year(year);
		return page(model, org.name(), "/portal/posting/organisations/" + org.code(), y,
				lifecycle.publishedAtWorkplace(org.id(), y));
	}

	@GetMapping("/portal/posting/units/{code}/notice.pdf")
	ResponseEntity<byte[]> residenceNotice(@PathVariable String code, @RequestParam(required = false) Integer year) {
		UnitView unit = group(code);
		int y = year(year);
		return pdf(unit.name(), "/portal/posting/units/" + unit.code(), y, lifecycle.publishedAtResidence(unit.id(), y),
				unit.code());
	}

	@GetMapping("/portal/posting/organisations/{code}/notice.pdf")
	ResponseEntity<byte[]> workplaceNotice(@PathVariable String code, @RequestParam(required = false) Integer year) {
		OrganisationView org = orgs.organisationByCode(code).orElseThrow(NotFoundException::new);
		int y = year(year);
		return pdf(org.name(), "/portal/posting/organisations/" + org.code(), y,
				lifecycle.publishedAtWorkplace(org.id(), y), org.code());
	}

	/**
	 * A residential group, or a ward (then every group of it); not a district or city.
	 */
	private UnitView group(String code) {
		return orgs.unitByCode(code)
			.filter(u -> u.level() == AdminLevel.RESIDENTIAL_GROUP || u.level() == AdminLevel.WARD)
			.orElseThrow(NotFoundException::new);
	}

	private int year(Integer year) {
		int now = LocalDate.now(clock).getYear();
		return year == null || year < 2000 || year > now + 1 ? now : year;
	}

	private String page(Model model, String placeName, String path, int year, List<PublicPlan> plans) {
		model.addAttribute("placeName", placeName);
		model.addAttribute("path", path);
		model.addAttribute("year", year);
		model.addAttribute("plans", plans);
		return "cultivation/public-place";
	}

	private ResponseEntity<byte[]> pdf(String placeName, String path, int year, List<PublicPlan> plans, String code) {
		String url = properties.baseUrl() + path + "?year=" + year;
		byte[] pdf = NoticeSheet.pdf(placeName, year, url, plans, LocalDate.now(clock), messages);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("niem-yet-" + code + "-" + year + ".pdf").build().toString())
			.body(pdf);
	}

}
