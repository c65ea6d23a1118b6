package vn.giamsat.cultivation.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giamsat.cultivation.CultivationLifecycle;
import vn.giamsat.cultivation.CultivationLifecycle.Rating;
import vn.giamsat.cultivation.CultivationLifecycle.Result;
import vn.giamsat.cultivation.CultivationLifecycle.SelfAssessment;
import vn.giamsat.cultivation.CultivationPlanDetails;
import vn.giamsat.cultivation.CultivationPlans;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.PageCommands;

/**
 * One plan: its text, history and year-end results, and the next step the viewer may take
 * (publish, pass to supervision, replace, withdraw, self-assess, evaluate).
 */
@Controller
class PlanDetailController {

	private final CultivationPlanDetails details;

	private final CultivationPlans plans;

	private final CultivationLifecycle lifecycle;

	private final Messages messages;

	private final PageCommands commands;

	PlanDetailController(CultivationPlanDetails details, CultivationPlans plans, CultivationLifecycle lifecycle,
			Messages messages, PageCommands commands) {
		this.details = details;
		this.plans = plans;
		this.lifecycle = lifecycle;
		this.messages = messages;
		this.commands = commands;
	}

	@GetMapping("/cultivation/plans/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		var plan = details.detail(id);
		model.addAttribute("plan", plan);
		model.addAttribute("flags",
				plans.report(id)
					.flags()
					.stream()
					.map(f -> messages.get(f.messageCode(), f.messageArguments()))
					.toList());
		model.addAttribute("results", Result.values());
		model.addAttribute("ratings", Rating.values());
		return "cultivation/plan";
	}

	@PostMapping("/cultivation/plans/{id:\\d+}/publish")
	String publish(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return run(id, redirect, "cultivation.published", () -> lifecycle.publish(id, version));
	}

	@PostMapping("/cultivation/plans/{id:\\d+}/supervise")
	String supervise(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return run(id, redirect, "cultivation.passed", () -> lifecycle.passToSupervision(id, version));
	}

	@PostMapping("/cultivation/plans/{id:\\d+}/replace")
	String replace(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return run(id, redirect, "cultivation.replaced", () -> lifecycle.replace(id, version));
	}

	@PostMapping("/cultivation/plans/{id:\\d+}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return run(id, redirect, "cultivation.withdrawn", () -> lifecycle.withdraw(id, version, reason));
	}

	@PostMapping("/cultivation/plans/{id:\\d+}/self-assessment")
	String selfAssess(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String overall,
			@RequestParam(name = "result", required = false) List<String> result,
			@RequestParam(name = "evidence", required = false) List<String> evidence, RedirectAttributes redirect) {
		List<SelfAssessment> rows = new ArrayList<>();
		int n = Math.max(result == null ? 0 : result.size(), evidence == null ? 0 : evidence.size());
		for (int i = 0; i < n; i++) {
			rows.add(new SelfAssessment(parse(Result.class, at(result, i)), at(evidence, i)));
		}
		return run(id, redirect, "cultivation.selfAssessed", () -> lifecycle.selfAssess(id, version, overall, rows));
	}

	@PostMapping("/cultivation/plans/{id:\\d+}/evaluation")
	String evaluate(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return run(id, redirect, "cultivation.evaluated",
				() -> lifecycle.evaluate(id, version, parse(Rating.class, rating), comment));
	}

	private String run(long id, RedirectAttributes redirect, String done, Runnable command) {
		return commands.run(redirect, "/cultivation/plans/" + id, done, command);
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() ? null : values.get(i);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
