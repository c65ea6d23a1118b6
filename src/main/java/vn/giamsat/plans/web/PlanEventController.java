package vn.giamsat.plans.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.plans.internal.PlanEvents;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.PageCommands;
import vn.giamsat.platform.web.Problem;

/**
 * The launch conference and the skills workshop; comments of the consulted member
 * organisations.
 */
@Controller
class PlanEventController {

	private final PlanEvents events;

	private final Messages messages;

	private final PageCommands commands;

	PlanEventController(PlanEvents events, Messages messages, PageCommands commands) {
		this.events = events;
		this.messages = messages;
		this.commands = commands;
	}

	@PostMapping("/plans/{id}/events")
	@PreAuthorize("hasRole('FRONT_OFFICER')")
	String addEvent(@PathVariable long id, @RequestParam String kind, @RequestParam String heldOn,
			@RequestParam String place, @RequestParam(required = false) String participants,
			@RequestParam(required = false) String minutes, RedirectAttributes redirect) {
		List<Problem> problems = new ArrayList<>();
		PlanEvents.Kind k = null;
		try {
			k = PlanEvents.Kind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			problems.add(Problem.of("kind", "plan.error.eventKind"));
		}
		var date = DateInput.parse(heldOn, "heldOn", problems);
		if (date == null && problems.isEmpty()) {
			problems.add(Problem.of("heldOn", "field.error.dateFormat"));
		}
		PlanEvents.Kind kindValue = k;
		return commands.run(redirect, "/plans/" + id, problems,
				() -> events.addEvent(id, kindValue, date, place, participants, minutes));
	}

	@PostMapping("/plans/{id}/comments")
	@PreAuthorize("hasAnyRole('FRONT_OFFICER','MEMBER_ORG_OFFICER')")
	String comment(@PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
		return commands.run(redirect, "/plans/" + id, List.of(), () -> events.comment(id, text));
	}

}
