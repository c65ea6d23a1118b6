package vn.giamsat.stats.web;

import vn.giamsat.stats.internal.CoverageQueries;

/** The coverage page: who has gone unsupervised, which assignments have no record. */
public record CoveragePage(String unitCode, int months, String sinceText, int year, CoverageQueries.Gaps unsupervised,
		CoverageQueries.Gaps unrecorded) {
}
