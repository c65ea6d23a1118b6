package vn.giamsat.cultivation.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giamsat.cultivation.internal.CopySuspects;
import vn.giamsat.cultivation.internal.CopyThresholds;
import vn.giamsat.platform.security.CurrentAccess;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.Problem;

/**
 * Copy suspects of a year in my scope, and two plans side by side with the shared
 * passages highlighted. Advisory only: nothing here changes a plan.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_OFFICER','PROPAGANDA_OFFICER','PARTY_COMMITTEE_OFFICER','LEADER','SYSTEM_ADMIN')")
class CopyController {

	static final String VIEW_COPIES = "cultivation/copies";

	static final String VIEW_COMPARE = "cultivation/copy-compare";

	private final CopySuspects suspects;

	private final CopyThresholds thresholds;

	private final CurrentAccess access;

	private final Messages messages;

	private final Clock clock;

	CopyController(CopySuspects suspects, CopyThresholds thresholds, CurrentAccess access, Messages messages,
			Clock clock) {
		this.suspects = suspects;
		this.thresholds = thresholds;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cultivation/copies")
	String copies(@RequestParam(required = false) String year, Model model) {
		List<Problem> problems = new ArrayList<>();
		int y = YearParam.resolve(year, clock, problems);
		model.addAttribute("year", y);
		model.addAttribute("suspects", suspects.suspects(access.scope(), y));
		model.addAttribute("jaccardPercent", (int) Math.round(thresholds.planJaccard() * 100));
		model.addAttribute("containmentPercent", (int) Math.round(thresholds.planContainment() * 100));
		model.addAttribute("errors", problems.stream().map(messages::problem).toList());
		return VIEW_COPIES;
	}

	@GetMapping("/cultivation/copies/{planA}/{planB}")
	String compare(@PathVariable long planA, @PathVariable long planB, Model model) {
		model.addAttribute("comparison", suspects.compare(access.scope(), planA, planB));
		model.addAttribute("jaccardPercent", (int) Math.round(thresholds.planJaccard() * 100));
		model.addAttribute("containmentPercent", (int) Math.round(thresholds.planContainment() * 100));
		return VIEW_COMPARE;
	}

}
