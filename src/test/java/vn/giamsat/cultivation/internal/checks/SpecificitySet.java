package vn.giamsat.cultivation.internal.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reader of {@code cultivation/specificity-set.txt}: labelled good and bad plans. */
final class SpecificitySet {

	record Labelled(boolean good, PlanText plan) {
	}

	private SpecificitySet() {
	}

	static List<Labelled> load() throws IOException {
		List<Labelled> plans = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(SpecificitySet.class.getResourceAsStream("/cultivation/specificity-set.txt"),
						StandardCharsets.UTF_8))) {
			String id = null;
			boolean good = false;
			String weakness = "";
			List<CommitmentText> commitments = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (line.startsWith("=== ")) {
					if (id != null) {
						plans.add(new Labelled(good, new PlanText(id, id, 2025, weakness, commitments)));
					}
					String[] header = line.substring(4).trim().split("\\s+");
					good = header[0].equals("GOOD");
					id = header[1];
					weakness = "";
					commitments = new ArrayList<>();
				}
				else if (line.startsWith("weakness:")) {
					weakness = line.substring("weakness:".length()).trim();
				}
				else {
					String[] cells = line.split("\\|", -1);
					String deadline = cells.length > 3 ? cells[3].trim() : "";
					commitments.add(new CommitmentText(Area.valueOf(cells[0].trim()), cells[1].trim(), cells[2].trim(),
							deadline.isEmpty() ? null : LocalDate.parse(deadline), List.of()));
				}
			}
			if (id != null) {
				plans.add(new Labelled(good, new PlanText(id, id, 2025, weakness, commitments)));
			}
		}
		return plans;
	}

}
