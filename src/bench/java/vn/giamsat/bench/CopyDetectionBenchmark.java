package vn.giamsat.bench;

import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.giamsat.cultivation.internal.checks.CopyDetector;
import vn.giamsat.cultivation.internal.checks.CopyPair;
import vn.giamsat.cultivation.internal.checks.PlanText;

/**
 * Times {@link CopyDetector#detect} on 100,000 generated plans and measures its recall and precision:
 * against the planted copies (100,000 and 5,000 plans), and against the exhaustive pairwise comparison
 * ({@link CopyDetector#detectExhaustive}) on a 5,000-plan sample.
 *
 * <p>Run: {@code ./mvnw -Pbench -q compile exec:java -Dexec.mainClass=vn.giamsat.bench.CopyDetectionBenchmark}
 * (optional args: plans, sample, seed).
 */
public final class CopyDetectionBenchmark {

    public static void main(String[] args) {
        int plans = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20250701L;
        List<String> template = readTemplate();
        CopyDetector detector = CopyDetector.withDefaults();
        System.out.printf("cores %d, max heap %d MB, load %.2f, seed %d%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), seed);

        // 1. the sample: exhaustive reference against LSH
        CultivationPlanGenerator.Dataset small = CultivationPlanGenerator.generate(sample, seed + 1, template);
        detector.detect(small.plans()); // warm-up
        long t0 = System.nanoTime();
        List<CopyPair> exhaustive = detector.detectExhaustive(small.plans());
        long exhaustiveMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        List<CopyPair> lsh = detector.detect(small.plans());
        long lshMs = (System.nanoTime() - t0) / 1_000_000;
        Set<String> exact = keys(exhaustive);
        Set<String> found = keys(lsh);
        long common = found.stream().filter(exact::contains).count();
        System.out.println();
        System.out.println("| sample | plans | commitments | exhaustive ms | LSH ms | exhaustive pairs | LSH pairs | recall vs exhaustive | precision vs exhaustive |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        System.out.printf("| %d-plan sample | %d | %d | %d | %d | %d | %d | %.4f | %.4f |%n", sample, sample,
                commitments(small.plans()), exhaustiveMs, lshMs, exact.size(), found.size(),
                ratio(common, exact.size()), ratio(common, found.size()));
        System.out.println();
        printPlanted("sample, exhaustive", small, exhaustive);
        printPlanted("sample, LSH", small, lsh);

        // 2. full size: time and planted recall/precision
        long g0 = System.nanoTime();
        CultivationPlanGenerator.Dataset big = CultivationPlanGenerator.generate(plans, seed, template);
        long genMs = (System.nanoTime() - g0) / 1_000_000;
        System.out.printf("%ngenerated %d plans / %d commitments in %d ms%n", plans, commitments(big.plans()), genMs);
        System.out.println();
        System.out.println("| run | plans | detect ms | candidate plan pairs | reported pairs | heap used after MB |");
        System.out.println("|---|---|---|---|---|---|");
        List<CopyPair> result = null;
        for (int run = 1; run <= 3; run++) {
            System.gc();
            long d0 = System.nanoTime();
            result = detector.detect(big.plans());
            long ms = (System.nanoTime() - d0) / 1_000_000;
            long used = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            System.out.printf("| %d | %d | %d | %d | %d | %d |%n", run, plans, ms, detector.lastCandidateCount(),
                    result.size(), used);
        }
        System.out.println();
        printPlanted("100,000, LSH", big, result);
    }

    private static void printPlanted(String label, CultivationPlanGenerator.Dataset data, List<CopyPair> pairs) {
        Set<String> reported = keys(pairs);
        Map<CultivationPlanGenerator.Kind, int[]> byKind = new EnumMap<>(CultivationPlanGenerator.Kind.class);
        data.sourceOf().forEach((copy, source) -> {
            int[] counts = byKind.computeIfAbsent(data.kindOf().get(copy), k -> new int[2]);
            counts[0]++;
            if (reported.contains(key(copy, source))) {
                counts[1]++;
            }
        });
        int planted = byKind.values().stream().mapToInt(c -> c[0]).sum();
        int hit = byKind.values().stream().mapToInt(c -> c[1]).sum();
        long correct = pairs.stream().filter(p -> root(data, p.planA()).equals(root(data, p.planB()))).count();
        long withTemplate = pairs.stream().filter(p -> data.kindOf().get(p.planA()) == CultivationPlanGenerator.Kind.TEMPLATE
                && data.kindOf().get(p.planB()) == CultivationPlanGenerator.Kind.TEMPLATE).count();
        System.out.printf("| %s | planted pairs | found | recall | reported | same family | precision | template×template reported |%n", label);
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.printf("| all | %d | %d | %.4f | %d | %d | %.4f | %d |%n", planted, hit, ratio(hit, planted), pairs.size(),
                correct, ratio(correct, pairs.size()), withTemplate);
        byKind.forEach((kind, c) -> System.out.printf("| %s | %d | %d | %.4f | | | | |%n", kind, c[0], c[1], ratio(c[1], c[0])));
        System.out.println();
    }

    private static String root(CultivationPlanGenerator.Dataset data, String id) {
        return data.sourceOf().getOrDefault(id, id);
    }

    private static Set<String> keys(List<CopyPair> pairs) {
        return pairs.stream().map(p -> key(p.planA(), p.planB())).collect(Collectors.toCollection(HashSet::new));
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static int commitments(List<PlanText> plans) {
        return plans.stream().mapToInt(p -> p.commitments().size()).sum();
    }

    private static List<String> readTemplate() {
        try (var in = CopyDetectionBenchmark.class.getClassLoader().getResourceAsStream("cultivation/official-template.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
