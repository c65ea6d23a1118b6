package vn.giamsat.cultivation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.giamsat.cultivation.internal.CommitmentDraft;
import vn.giamsat.cultivation.internal.checks.Area;
import vn.giamsat.platform.web.DateInput;
import vn.giamsat.platform.web.Problem;

/**
 * The plan form as typed: parallel lists, one entry per commitment row (rows left
 * completely empty are ignored, so the form can offer a few spare rows).
 */
public record CommitmentForm(String weaknesses, List<String> area, List<String> task, List<String> measure,
		List<String> deadline, List<String> criteria) {

	public static final int ROWS = 6;

	public int rows() {
		return Math.max(ROWS, size(task));
	}

	public String at(List<String> list, int i) {
		return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
	}

	List<CommitmentDraft> drafts(List<Problem> problems) {
		List<CommitmentDraft> out = new ArrayList<>();
		for (int i = 0; i < size(task); i++) {
			String a = at(task, i);
			String m = at(measure, i);
			String d = at(deadline, i);
			String c = at(criteria, i);
			if (a.isBlank() && m.isBlank() && d.isBlank() && c.isBlank()) {
				continue;
			}
			Area ar = null;
			try {
				ar = at(area, i).isBlank() ? null : Area.valueOf(at(area, i));
			}
			catch (IllegalArgumentException ex) {
				problems.add(Problem.of("area", "cultivation.error.area", out.size() + 1));
			}
			out.add(new CommitmentDraft(ar, a, m, DateInput.parse(d, "deadline", problems),
					Arrays.stream(c.split("[;,\\s]+")).filter(s -> !s.isBlank()).map(String::strip).toList()));
		}
		return out;
	}

	/**
	 * Reads the form's parallel fields exactly as sent. Binding them to lists would split
	 * a lone value at its commas ("6 xã, phường" becoming two commitments).
	 */
	static CommitmentForm from(jakarta.servlet.http.HttpServletRequest request) {
		return new CommitmentForm(request.getParameter("weaknesses"), values(request, "area"), values(request, "task"),
				values(request, "measure"), values(request, "deadline"), values(request, "criteria"));
	}

	private static List<String> values(jakarta.servlet.http.HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? List.of() : Arrays.asList(values);
	}

	public static CommitmentForm of(String weaknesses, List<CommitmentDraft> drafts) {
		return new CommitmentForm(weaknesses,
				drafts.stream().map(d -> d.area() == null ? "" : d.area().name()).toList(),
				drafts.stream().map(CommitmentDraft::action).toList(),
				drafts.stream().map(CommitmentDraft::measure).toList(),
				drafts.stream().map(d -> DateInput.format(d.deadline())).toList(),
				drafts.stream().map(d -> String.join("; ", d.criteria())).toList());
	}

	private static int size(List<String> list) {
		return list == null ? 0 : list.size();
	}
}
