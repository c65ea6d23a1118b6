package vn.giamsat.stats.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chart geometry computed on the server so the page draws plain SVG with presentation
 * attributes: no script, no inline style (the CSP forbids both), readable without
 * JavaScript and printable. Every chart also has a data table beside it for screen
 * readers.
 */
public final class Charts {

	/** Colour-blind-safe palette (Okabe–Ito), in series order. */
	static final String[] COLOURS = { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000",
			"#F0E442" };

	public static final int WIDTH = 720;

	public static final int HEIGHT = 260;

	static final int LEFT = 48;

	static final int BOTTOM = 32;

	static final int TOP = 12;

	public record Tick(double x, double y, String label) {
	}

	public record Line(String label, String colour, String points) {
	}

	public record LineChart(List<Line> lines, List<Tick> xTicks, List<Tick> yTicks, long max) {
	}

	public record Segment(double x, double width, String colour, String title) {
	}

	public record Bar(String label, double y, List<Segment> segments, long total) {
	}

	public record Legend(String label, String colour) {
	}

	public record BarChart(List<Bar> bars, List<Legend> legend, int height) {
	}

	private Charts() {
	}

	/** One polyline per series over the months of the period. */
	public static LineChart lines(List<LocalDate> months, Map<String, Map<LocalDate, Long>> series,
			java.util.function.Function<String, String> label) {
		long max = Math.max(1,
				series.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(1));
		double plotW = WIDTH - LEFT - 8;
		double plotH = HEIGHT - TOP - BOTTOM;
		double step = months.size() <= 1 ? 0 : plotW / (months.size() - 1);
		List<Line> lines = new ArrayList<>();
		int i = 0;
		for (Map.Entry<String, Map<LocalDate, Long>> s : series.entrySet()) {
			StringBuilder pts = new StringBuilder();
			for (int m = 0; m < months.size(); m++) {
				long v = s.getValue().getOrDefault(months.get(m), 0L);
				pts.append(round(LEFT + m * step)).append(',').append(round(TOP + plotH - plotH * v / max)).append(' ');
			}
			lines.add(new Line(label.apply(s.getKey()), COLOURS[i++ % COLOURS.length], pts.toString().strip()));
		}
		List<Tick> xTicks = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(months.size() / 8.0));
		for (int m = 0; m < months.size(); m += every) {
			LocalDate d = months.get(m);
			xTicks.add(new Tick(round(LEFT + m * step), HEIGHT - 10,
					String.format("%02d/%d", d.getMonthValue(), d.getYear())));
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int k = 0; k <= 4; k++) {
			long v = Math.round(max * k / 4.0);
			yTicks.add(new Tick(LEFT - 6, round(TOP + plotH - plotH * v / max), String.valueOf(v)));
		}
		return new LineChart(lines, xTicks, yTicks, max);
	}

	/** One stacked horizontal bar per criterion, segments by finding. */
	public static BarChart bars(Map<String, Map<String, Long>> data, List<String> findings,
			java.util.function.Function<String, String> label) {
		long max = Math.max(1,
				data.values()
					.stream()
					.mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
					.max()
					.orElse(1));
		double plotW = WIDTH - 120 - 60;
		List<Bar> bars = new ArrayList<>();
		double y = 8;
		for (Map.Entry<String, Map<String, Long>> e : data.entrySet()) {
			double x = 120;
			List<Segment> segments = new ArrayList<>();
			long total = 0;
			for (int f = 0; f < findings.size(); f++) {
				long v = e.getValue().getOrDefault(findings.get(f), 0L);
				if (v > 0) {
					double w = plotW * v / max;
					segments.add(new Segment(round(x), round(w), COLOURS[f % COLOURS.length],
							label.apply(findings.get(f)) + ": " + v));
					x += w;
					total += v;
				}
			}
			bars.add(new Bar(e.getKey(), y, segments, total));
			y += 24;
		}
		List<Legend> legend = new ArrayList<>();
		for (int f = 0; f < findings.size(); f++) {
			legend.add(new Legend(label.apply(findings.get(f)), COLOURS[f % COLOURS.length]));
		}
		return new BarChart(bars, legend, (int) y + 8);
	}

	static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

}
