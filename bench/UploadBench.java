import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.UploadResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Upload of a 256 MB file: our streamed multipart client against `curl -F` to the same
 * standalone sandbox (a separate process, so only the client's heap is measured here), and the
 * client's peak heap growth, which must not follow the file size. Run with -Xmx256m: a client
 * that held the file in memory could not finish.
 *
 * <p>The machine is shared and noisy, so both contestants run in every round, one after the
 * other, and the one that goes first alternates; each round gives its own ratio and the median
 * of those ratios is the figure (best times are printed beside it). curl's time includes
 * starting its process: an idle `curl --version` is timed in the same rounds and printed, not
 * subtracted. The sandbox's CPU time per upload (the child process's) shows how much of each
 * upload is the server's work. Each stored upload is deleted once answered, so the page cache
 * does not fill with the run's earlier files (see {@link #deleteStored}).
 */
public class UploadBench {
    static final long SIZE = 256L * 1024 * 1024;
    static final int ROUNDS = Integer.getInteger("rounds", 9);

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("2g")) {
            uploadTwoGigabytes();
            return;
        }
        Path file = Files.createTempFile("upload-bench", ".bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = new byte[1 << 20];
            Random random = new Random(7);
            for (long written = 0; written < SIZE; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        try (StandaloneSandbox sandbox = StandaloneSandbox.start()) {
            String baseUrl = sandbox.baseUrl();
            ProcessHandle server = sandboxProcess();
            try {
                BeeperClient client = new BeeperClient(ClientConfig.of(baseUrl, AccessToken.of(StandaloneSandbox.TOKEN)));
                // One of each first, unmeasured: the JIT, the connection and the server's first parse.
                curlUpload(file, baseUrl);
                clientUpload(client, file);
                double[] curl = new double[ROUNDS];
                double[] ours = new double[ROUNDS];
                double[] ratio = new double[ROUNDS];
                double[] spawn = new double[ROUNDS];
                double[] serverCpuCurl = new double[ROUNDS];
                double[] serverCpuOurs = new double[ROUNDS];
                double[] clientCpu = new double[ROUNDS];
                long peakGrowth = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    spawn[round] = curlVersion();
                    boolean curlFirst = round % 2 == 0;
                    for (int turn = 0; turn < 2; turn++) {
                        boolean curlTurn = (turn == 0) == curlFirst;
                        double cpuBefore = cpuSeconds(server);
                        if (curlTurn) {
                            curl[round] = curlUpload(file, baseUrl);
                            serverCpuCurl[round] = cpuSeconds(server) - cpuBefore;
                        } else {
                            System.gc();
                            long before = heapUsed();
                            resetPeaks();
                            double ownCpu = ownCpuSeconds();
                            ours[round] = clientUpload(client, file);
                            clientCpu[round] = ownCpuSeconds() - ownCpu;
                            peakGrowth = Math.max(peakGrowth, peakHeap() - before);
                            serverCpuOurs[round] = cpuSeconds(server) - cpuBefore;
                        }
                    }
                    ratio[round] = curl[round] / ours[round];
                    System.out.printf("  round %d (%s first): curl %.3f s, client %.3f s, curl/client %.2f%n",
                            round + 1, curlFirst ? "curl" : "client", curl[round], ours[round], ratio[round]);
                }
                double mb = SIZE / 1048576.0;
                System.out.printf("%nupload of %.0f MB, %d rounds, contestants interleaved (first one alternates)%n",
                        mb, ROUNDS);
                System.out.printf("  curl -F          best %6.3f s (%6.1f MB/s), median %6.3f s%n",
                        min(curl), mb / min(curl), Stats.median(curl));
                System.out.printf("  BeeperClient     best %6.3f s (%6.1f MB/s), median %6.3f s%n",
                        min(ours), mb / min(ours), Stats.median(ours));
                System.out.printf("  curl --version spawn (in curl's time, not subtracted): median %.3f s, best %.3f s%n",
                        Stats.median(spawn), min(spawn));
                System.out.printf("  sandbox CPU per upload, median: curl's %.2f s, client's %.2f s; client JVM CPU %.2f s%n",
                        Stats.median(serverCpuCurl), Stats.median(serverCpuOurs), Stats.median(clientCpu));
                System.out.printf("  throughput ratio curl/client: median of rounds %.2f (range %.2f to %.2f), "
                        + "best of each %.2f (target >= 0.95)%n",
                        Stats.median(ratio), min(ratio), max(ratio), min(curl) / min(ours));
                System.out.printf("  client peak heap growth: %.1f MB = %.3f of the file size (-Xmx256m)%n",
                        peakGrowth / 1048576.0, (double) peakGrowth / SIZE);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    static double curlUpload(Path file, String baseUrl) throws Exception {
        long start = System.nanoTime();
        Process curl = new ProcessBuilder("curl", "-s", "-f",
                "-H", "Authorization: Bearer " + StandaloneSandbox.TOKEN, "-F", "file=@" + file, baseUrl + "/v1/assets/upload")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] answer = curl.getInputStream().readAllBytes();
        int code = curl.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("curl failed with exit code " + code);
        }
        deleteStored(new ObjectMapper().readTree(answer).path("srcURL").asText());
        return seconds;
    }

    static double curlVersion() throws Exception {
        long start = System.nanoTime();
        int code = new ProcessBuilder("curl", "--version").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("curl --version failed with exit code " + code);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static double clientUpload(BeeperClient client, Path file) throws Exception {
        long start = System.nanoTime();
        UploadResult result = client.upload(file, null, null, null, null).get(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!result.succeeded() || result.fileSize() != SIZE) {
            throw new IllegalStateException("upload failed: " + result);
        }
        deleteStored(result.srcURL());
        return seconds;
    }

    /**
     * Deletes the file the sandbox stored (its srcURL is a file: URL on this machine). Kept, every
     * upload left 256 MB of dirty page cache behind; past about 2.3 GB of it (the kernel's
     * background writeback threshold here) the sandbox's writes were throttled and the later
     * rounds measured the disk, at two to three times the early rounds' time. Deleted, the
     * pages are dropped unwritten and every round meets the same server.
     */
    static void deleteStored(String srcURL) throws Exception {
        Files.delete(Path.of(URI.create(srcURL)));
    }

    /** The standalone sandbox: this JVM's only child still running between uploads. */
    static ProcessHandle sandboxProcess() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).findFirst()
                .orElseThrow(() -> new IllegalStateException("the standalone sandbox is not a child process"));
    }

    static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /**
     * A 2 GB sparse file uploaded under -Xmx128m: possible only if the client's memory does not
     * follow the file. Reports the time and the peak heap growth; the file is deleted after.
     */
    static void uploadTwoGigabytes() throws Exception {
        long size = 2L * 1024 * 1024 * 1024;
        Path file = Files.createTempFile("upload-bench-2g", ".bin");
        try {
            try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(size);
            }
            try (StandaloneSandbox sandbox = StandaloneSandbox.start("--max-upload-mb", "2100")) {
                BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(StandaloneSandbox.TOKEN)));
                System.gc();
                long before = heapUsed();
                resetPeaks();
                long start = System.nanoTime();
                UploadResult result = client.upload(file, null, null, null, null).get(10, TimeUnit.MINUTES);
                double seconds = (System.nanoTime() - start) / 1e9;
                long growth = peakHeap() - before;
                if (!result.succeeded() || result.fileSize() != size) {
                    throw new IllegalStateException("upload failed: " + result);
                }
                System.out.printf("%nupload of 2 GB (sparse) under -Xmx%d MB%n",
                        Runtime.getRuntime().maxMemory() / 1048576);
                System.out.printf("  BeeperClient  %6.2f s  %7.1f MB/s%n", seconds, size / 1048576.0 / seconds);
                System.out.printf("  client peak heap growth: %.1f MB = %.4f of the file size%n",
                        growth / 1048576.0, (double) growth / size);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
