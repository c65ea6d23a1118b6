package vn.giamsat.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a CSV file in the contract's format, so the demo goes through the real import.
 */
final class Csv {

	private final List<String> lines = new ArrayList<>();

	Csv(String... header) {
		lines.add(String.join(",", header));
	}

	Csv row(Object... cells) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				sb.append(',');
			}
			String s = cells[i] == null ? "" : cells[i].toString();
			if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
				s = "\"" + s.replace("\"", "\"\"") + "\"";
			}
			sb.append(s);
		}
		lines.add(sb.toString());
		return this;
	}

	int rows() {
		return lines.size() - 1;
	}

	Path write(String prefix) {
		try {
			Path file = Files.createTempFile(prefix, ".csv");
			Files.write(file, lines, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
