package vn.giamsat.stats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.stats.StatsReport;

/**
 * The report's figures as rows, shared by the XLSX, DOCX and PDF exports so the three
 * files carry exactly the API's numbers: per level, one row per organisation type then
 * the level's total; then one row per level and the grand total.
 */
public record ReportTable(List<Row> byOrganisation, List<Row> byLevel) {

	public record Row(String level, String organisation, long assigned, long records, long people, long opinions,
			long pairs) {

		public List<String> cells() {
			return List.of(level, organisation, Long.toString(assigned), Long.toString(records), Long.toString(people),
					Long.toString(opinions), Long.toString(pairs));
		}
	}

	public static ReportTable of(StatsReport r, Function<String, String> messages) {
		List<Row> byOrg = new ArrayList<>();
		List<Row> byLevel = new ArrayList<>();
		String total = messages.apply("stats.total");
		for (StatsReport.LevelRow l : r.byLevel()) {
			String level = messages.apply(AdminLevel.fromCode(l.level()).orElseThrow().messageKey());
			List<StatsReport.TypeRow> types = r.typesAt(l.level());
			for (StatsReport.TypeRow t : types) {
				byOrg.add(new Row(level, messages.apply(OrganisationType.fromCode(t.type()).orElseThrow().messageKey()),
						t.cadresAssigned(), t.records(), t.peopleSupervised(), t.opinions(), t.peopleCommented()));
			}
			Row levelRow = new Row(level, total, l.cadresAssigned(), l.records(), l.peopleSupervised(), l.opinions(),
					l.peopleCommented());
			if (!types.isEmpty()) {
				byOrg.add(levelRow);
			}
			byLevel.add(new Row(level, "", l.cadresAssigned(), l.records(), l.peopleSupervised(), l.opinions(),
					l.peopleCommented()));
		}
		byLevel.add(new Row(total, "", r.cadresAssigned(), r.records(), r.peopleSupervised(), r.opinions(),
				r.peopleCommented()));
		return new ReportTable(byOrg, byLevel);
	}

}
