package vn.giamsat.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.giamsat.plans.internal.planner.PlannerInstance;
import vn.giamsat.plans.internal.planner.PlannerInstance.SubjectSpec;
import vn.giamsat.plans.internal.planner.PlannerInstance.UnitSpec;

/**
 * Seeded, realistic planner instances: subjects come in agencies (groups) of 5–30, every subject
 * may not get last year's unit (rotation; 85 % of an agency shared one unit last year), and each
 * (subject, unit) pair is a conflict of interest with probability 2 % (at least one unit always
 * stays allowed in practice: the chance that all are forbidden is below 10⁻⁶ even at 5 units).
 */
public final class PlannerInstanceGenerator {

    /** The five district-level units of Long Biên, weighted by their 2018–2020 supervision counts. */
    private static final String[] DISTRICT_UNITS = {"MTTQ", "LDLD", "CCB", "HLHPN", "DTN"};
    private static final double[] DISTRICT_CAPACITIES = {2.12, 0.61, 0.73, 1.19, 0.62};
    private static final double[] CAPACITY_CHOICES = {1.0, 1.5, 2.0, 2.5, 3.0};
    static final double CONFLICT_PROBABILITY = 0.02;

    private PlannerInstanceGenerator() {}

    public static PlannerInstance generate(int subjectCount, int unitCount, long seed) {
        return generate(subjectCount, unitCount, seed, false);
    }

    /**
     * @param skewed if true, the first 5 % of the units are also closed to 95 % of the subjects
     *     (say, specialised units), so the relaxation bound is out of reach and the exact balancing
     *     has to do real work
     */
    public static PlannerInstance generate(int subjectCount, int unitCount, long seed, boolean skewed) {
        Random random = new Random(seed);
        List<UnitSpec> units = new ArrayList<>(unitCount);
        for (int u = 0; u < unitCount; u++) {
            if (unitCount == DISTRICT_UNITS.length) {
                units.add(new UnitSpec(DISTRICT_UNITS[u], DISTRICT_CAPACITIES[u]));
            } else {
                units.add(new UnitSpec(String.format("U%04d", u),
                        CAPACITY_CHOICES[random.nextInt(CAPACITY_CHOICES.length)]));
            }
        }
        List<SubjectSpec> subjects = new ArrayList<>(subjectCount);
        int agency = 0;
        while (subjects.size() < subjectCount) {
            int size = Math.min(5 + random.nextInt(26), subjectCount - subjects.size());
            String group = String.format("AG%05d", agency++);
            int agencyLastYear = random.nextInt(unitCount);
            for (int k = 0; k < size; k++) {
                int lastYear = random.nextDouble() < 0.85 ? agencyLastYear : random.nextInt(unitCount);
                Set<String> forbidden = new HashSet<>();
                forbidden.add(units.get(lastYear).id());
                addConflicts(random, units, forbidden);
                if (skewed && random.nextDouble() < 0.95) {
                    for (int u = 0; u < Math.max(1, unitCount / 20); u++) {
                        forbidden.add(units.get(u).id());
                    }
                }
                subjects.add(new SubjectSpec(String.format("S%06d", subjects.size()), group, forbidden));
            }
        }
        return new PlannerInstance(units, subjects);
    }

    /** Bernoulli(2 %) per unit, drawn by geometric skips so 2,000 units cost ~40 draws, not 2,000. */
    private static void addConflicts(Random random, List<UnitSpec> units, Set<String> forbidden) {
        double logKeep = Math.log(1 - CONFLICT_PROBABILITY);
        int u = -1;
        while (true) {
            u += 1 + (int) Math.floor(Math.log(1 - random.nextDouble()) / logKeep);
            if (u >= units.size()) {
                return;
            }
            forbidden.add(units.get(u).id());
        }
    }
}
