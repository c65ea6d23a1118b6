package vn.giamsat.cultivation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.giamsat.cultivation.internal.checks.CopySettings;

/**
 * The copy-detection thresholds an administrator may change, under
 * {@code giamsat.cultivation.copy}; the rest of {@link CopySettings} keeps its measured
 * defaults.
 *
 * @param planJaccard report two plans when this share of their combined passages is
 * shared (0–1)
 * @param planContainment ... or when this share of the smaller plan is in the other
 * @param commitmentSimilarity pair two commitments on the comparison page from this
 * similarity
 * @param diacriticSensitive compare accented words instead of folded ones
 */
@ConfigurationProperties("giamsat.cultivation.copy")
public record CopyThresholds(@DefaultValue("0.5") double planJaccard, @DefaultValue("0.8") double planContainment,
		@DefaultValue("0.5") double commitmentSimilarity, @DefaultValue("false") boolean diacriticSensitive) {

	public CopyThresholds {
		for (double share : new double[] { planJaccard, planContainment, commitmentSimilarity }) {
			if (!(share > 0 && share <= 1)) {
				throw new IllegalArgumentException("giamsat.cultivation.copy thresholds must lie in (0, 1]");
			}
		}
	}

	public CopySettings settings() {
		CopySettings d = CopySettings.DEFAULTS;
		return new CopySettings(d.shingleSize(), diacriticSensitive, planJaccard, planContainment,
				d.minShinglesForContainment(), d.minOwnShingles(), commitmentSimilarity, d.bands(), d.rows(),
				d.maxBucket(), d.commonShingleShare());
	}

}
