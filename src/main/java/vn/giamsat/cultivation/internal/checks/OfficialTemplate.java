package vn.giamsat.cultivation.internal.checks;

import java.util.List;

/**
 * The lines of the official plan template that copy detection subtracts, for callers
 * outside this package that build a {@link CopyDetector} with their own settings.
 */
public final class OfficialTemplate {

	private static final List<String> LINES = List.copyOf(PhraseList.readLines(SpecificityChecker.TEMPLATE_RESOURCE));

	private OfficialTemplate() {
	}

	public static List<String> lines() {
		return LINES;
	}

}
