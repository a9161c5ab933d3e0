import java.util.Arrays;

/** The figures the benchmarks report over their rounds. */
final class Stats {
    private Stats() {
    }

    /** The middle value; with an even count, the mean of the two in the middle. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
