import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.UploadResult;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Upload of a 256 MB file: our streamed multipart client against `curl -F` to the same
 * standalone sandbox (a separate process, so only the client's heap is measured here), and the
 * client's peak heap growth, which must not follow the file size. Run with -Xmx256m: a client
 * that held the file in memory could not finish.
 */
public class UploadBench {
    static final long SIZE = 256L * 1024 * 1024;
    static final int ROUNDS = Integer.getInteger("rounds", 5);

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
            try {
                BeeperClient client = new BeeperClient(ClientConfig.of(baseUrl, AccessToken.of(StandaloneSandbox.TOKEN)));
                double curlBest = Double.MAX_VALUE;
                double clientBest = Double.MAX_VALUE;
                long peakGrowth = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    long start = System.nanoTime();
                    int code = new ProcessBuilder("curl", "-s", "-f", "-o", "/dev/null",
                            "-H", "Authorization: Bearer " + StandaloneSandbox.TOKEN, "-F", "file=@" + file, baseUrl + "/v1/assets/upload")
                            .inheritIO().start().waitFor();
                    curlBest = Math.min(curlBest, (System.nanoTime() - start) / 1e9);
                    if (code != 0) {
                        throw new IllegalStateException("curl failed with exit code " + code);
                    }

                    System.gc();
                    long before = heapUsed();
                    resetPeaks();
                    start = System.nanoTime();
                    UploadResult result = client.upload(file, null, null, null, null).get(10, TimeUnit.MINUTES);
                    clientBest = Math.min(clientBest, (System.nanoTime() - start) / 1e9);
                    peakGrowth = Math.max(peakGrowth, peakHeap() - before);
                    if (!result.succeeded() || result.fileSize() != SIZE) {
                        throw new IllegalStateException("upload failed: " + result);
                    }
                }
                double mb = SIZE / 1048576.0;
                System.out.printf("%nupload of %.0f MB, best of %d%n", mb, ROUNDS);
                System.out.printf("  curl -F          %6.2f s  %7.1f MB/s%n", curlBest, mb / curlBest);
                System.out.printf("  BeeperClient     %6.2f s  %7.1f MB/s%n", clientBest, mb / clientBest);
                System.out.printf("  throughput ratio client/curl: %.2f (target >= 0.95)%n", curlBest / clientBest);
                System.out.printf("  client peak heap growth: %.1f MB = %.3f of the file size (-Xmx256m)%n",
                        peakGrowth / 1048576.0, (double) peakGrowth / SIZE);
            } finally {
                Files.deleteIfExists(file);
            }
        }
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
