package vn.giamsat.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamsat.plans.internal.planner.PlannerInstance;
import vn.giamsat.plans.internal.planner.PlannerInstance.SubjectSpec;

/**
 * Comparison baseline: the textbook successive-shortest-path min-cost flow on the network
 * source → subject → allowed unit → sink, with the convex arc cost (L − t)² on unit → sink,
 * Dijkstra with node potentials, one subject inserted per augmentation (in input order). Knows
 * nothing about groups. Exact: costs are scaled to integers the same way as in the solver.
 * Only meant for the smaller benchmark sizes (each Dijkstra scans O(N × M) arcs).
 */
final class MinCostFlowBaseline {

    record Result(int[] unitOf, int[] load, double balance, int groupsKeptWhole, long millis) {}

    private MinCostFlowBaseline() {}

    static Result solve(PlannerInstance instance) {
        long start = System.nanoTime();
        int n = instance.subjects().size();
        int m = instance.units().size();
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int u = 0; u < m; u++) {
            unitIndex.put(instance.units().get(u).id(), u);
        }
        boolean[][] allowed = new boolean[n][m];
        for (int s = 0; s < n; s++) {
            SubjectSpec spec = instance.subjects().get(s);
            Arrays.fill(allowed[s], true);
            for (String f : spec.forbidden()) {
                allowed[s][unitIndex.get(f)] = false;
            }
        }
        // Integer weights: capacities of the benchmark have at most two decimals.
        long[] w = new long[m];
        long sumW = 0;
        for (int u = 0; u < m; u++) {
            w[u] = Math.round(instance.units().get(u).capacity() * 100);
            sumW += w[u];
        }
        final long weightSum = sumW;
        // Nodes: subjects 0..n-1, units n..n+m-1, sink n+m.
        int sink = n + m;
        long[] potential = new long[n + m + 1];
        int[] unitOf = new int[n];
        Arrays.fill(unitOf, -1);
        int[] load = new int[m];
        int[][] members = new int[m][n];
        long[] dist = new long[n + m + 1];
        int[] parent = new int[n + m + 1];
        boolean[] done = new boolean[n + m + 1];
        long minFirst = Long.MAX_VALUE;
        for (int u = 0; u < m; u++) {
            minFirst = Math.min(minFirst, addCost(weightSum, n, w[u], 0));
        }
        potential[sink] = minFirst;
        Heap heap = new Heap(n + m + 1);
        for (int s0 = 0; s0 < n; s0++) {
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(done, false);
            heap.clear();
            dist[s0] = 0;
            parent[s0] = -1;
            heap.push(0, s0);
            while (!heap.isEmpty()) {
                int v = heap.popNode();
                if (done[v]) {
                    continue;
                }
                done[v] = true;
                if (v == sink) {
                    break;
                }
                if (v < n) {
                    for (int u = 0; u < m; u++) {
                        if (allowed[v][u] && unitOf[v] != u) {
                            relax(v, n + u, 0, dist, potential, parent, done, heap);
                        }
                    }
                } else {
                    int u = v - n;
                    relax(v, sink, addCost(weightSum, n, w[u], load[u]), dist, potential, parent, done, heap);
                    for (int i = 0; i < load[u]; i++) {
                        relax(v, members[u][i], 0, dist, potential, parent, done, heap);
                    }
                }
            }
            long dt = dist[sink];
            for (int v = 0; v <= sink; v++) {
                potential[v] += done[v] ? dist[v] : dt;
            }
            // Augment: walk back from the sink; every subject on the path moves to the next unit.
            for (int v = parent[sink]; v >= 0; ) {
                int subject = parent[v];
                int oldUnit = unitOf[subject];
                if (oldUnit >= 0) {
                    removeMember(members, load, oldUnit, subject);
                }
                addMember(members, load, v - n, subject);
                unitOf[subject] = v - n;
                v = parent[subject];
            }
        }
        double balance = 0;
        for (int u = 0; u < m; u++) {
            double d = (double) (weightSum * load[u] - (long) n * w[u]) / weightSum;
            balance += d * d;
        }
        int whole = groupsKeptWhole(instance.subjects(), unitOf);
        return new Result(unitOf, load, balance, whole, (System.nanoTime() - start) / 1_000_000);
    }

    private static void relax(int from, int to, long cost, long[] dist, long[] potential, int[] parent,
            boolean[] done, Heap heap) {
        if (done[to]) {
            return;
        }
        long d = dist[from] + cost + potential[from] - potential[to];
        if (d < dist[to]) {
            dist[to] = d;
            parent[to] = from;
            heap.push(d, to);
        }
    }

    private static long addCost(long weightSum, long n, long w, int load) {
        return weightSum * (2L * load + 1) - 2 * n * w;
    }

    private static void addMember(int[][] members, int[] load, int u, int s) {
        members[u][load[u]++] = s;
    }

    private static void removeMember(int[][] members, int[] load, int u, int s) {
        for (int i = 0; i < load[u]; i++) {
            if (members[u][i] == s) {
                members[u][i] = members[u][--load[u]];
                return;
            }
        }
        throw new IllegalStateException();
    }

    static int groupsKeptWhole(List<SubjectSpec> subjects, int[] unitOf) {
        Map<String, Integer> first = new HashMap<>();
        Map<String, Boolean> whole = new HashMap<>();
        for (int s = 0; s < subjects.size(); s++) {
            String g = subjects.get(s).group();
            if (g == null) {
                continue;
            }
            Integer f = first.putIfAbsent(g, unitOf[s]);
            whole.merge(g, f == null || f == unitOf[s], Boolean::logicalAnd);
        }
        return (int) whole.values().stream().filter(b -> b).count();
    }

    /** Binary heap of (distance, node) with lazy deletion. */
    private static final class Heap {
        private long[] keys;
        private int[] nodes;
        private int size;

        Heap(int capacity) {
            keys = new long[capacity * 4];
            nodes = new int[capacity * 4];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(long key, int node) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            int i = size++;
            while (i > 0 && keys[(i - 1) / 2] > key) {
                keys[i] = keys[(i - 1) / 2];
                nodes[i] = nodes[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        int popNode() {
            int top = nodes[0];
            long key = keys[--size];
            int node = nodes[size];
            int i = 0;
            while (2 * i + 1 < size) {
                int c = 2 * i + 1;
                if (c + 1 < size && keys[c + 1] < keys[c]) {
                    c++;
                }
                if (keys[c] >= key) {
                    break;
                }
                keys[i] = keys[c];
                nodes[i] = nodes[c];
                i = c;
            }
            keys[i] = key;
            nodes[i] = node;
            return top;
        }
    }
}
