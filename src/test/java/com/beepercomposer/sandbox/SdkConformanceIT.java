package com.beepercomposer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of bench/sdk-check, run by {@code mvn verify}: the official TypeScript
 * SDK drives every operation the app uses against the standalone sandbox (the app's main class
 * with {@code --sandbox-only}) and checks each answer against the SDK's declared types. Without
 * Node.js it says so and is skipped; any mismatch fails the build.
 */
class SdkConformanceIT {
    private static final Path DIR = Path.of("bench", "sdk-check");
    private static final long NPM_TIMEOUT_S = 300;
    private static final long RUN_TIMEOUT_S = 120;

    @Test
    void theOfficialSdkAgreesWithTheSandbox() throws Exception {
        int nodeMajor = nodeMajorVersion();
        skipIf(nodeMajor < 0, "node was not found on the PATH");
        skipIf(nodeMajor < 18, "node " + nodeMajor + " is too old (the SDK needs 18 or newer)");
        skipIf(!canRun("npm", "--version"), "npm was not found on the PATH");
        installSdk();

        String token = "sdk-check-" + UUID.randomUUID();
        Process sandbox = startSandbox(token);
        try {
            String baseUrl = awaitBaseUrl(sandbox);
            List<String> command = new ArrayList<>(List.of("node"));
            if (nodeMajor < 22) {
                command.add("--experimental-websocket");
            }
            command.add("conformance.mjs");
            ProcessBuilder node = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true);
            node.environment().putAll(Map.of("BEEPER_BASE_URL", baseUrl, "BEEPER_ACCESS_TOKEN", token,
                    "NODE_NO_WARNINGS", "1"));
            Run run = run(node, RUN_TIMEOUT_S);
            System.out.println(run.output());
            assertThat(run.exitCode()).as("sdk-check failed:%n%s", run.output()).isZero();
        } finally {
            sandbox.destroy();
            if (!sandbox.waitFor(10, TimeUnit.SECONDS)) {
                sandbox.destroyForcibly();
            }
        }
    }

    private static void skipIf(boolean skip, String why) {
        if (skip) {
            String message = "sdk-check SKIPPED: " + why + "; install Node.js 18+ with npm to run the SDK"
                    + " conformance suite";
            System.out.println(message);
            Assumptions.abort(message);
        }
    }

    /** npm ci from the committed lock file, unless this exact SDK is already installed. */
    private static void installSdk() throws Exception {
        Path installed = DIR.resolve("node_modules/@beeper/desktop-api/package.json");
        if (Files.exists(installed) && Files.readString(installed).contains("\"version\": \"5.0.0\"")) {
            return;
        }
        Run npm = run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(DIR.toFile())
                .redirectErrorStream(true), NPM_TIMEOUT_S);
        assertThat(npm.exitCode()).as("npm ci failed in %s:%n%s", DIR, npm.output()).isZero();
    }

    private static Process startSandbox(String token) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "com.beepercomposer.Launcher",
                SandboxMain.FLAG, "--port", "0", "--token", token, "--confirm-delay-ms", "100")
                .redirectErrorStream(true).start();
    }

    /** Reads the sandbox's start-up lines until it prints its URL; the rest of its output is drained. */
    private static String awaitBaseUrl(Process sandbox) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("BEEPER_BASE_URL=")) {
                        return line.substring("BEEPER_BASE_URL=".length()).strip();
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String found = url.get(60, TimeUnit.SECONDS);
        assertThat(found).as("the standalone sandbox printed no BEEPER_BASE_URL").isNotNull();
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the sandbox never blocks on logging
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "sdk-check-sandbox-output");
        drain.setDaemon(true);
        drain.start();
        return found;
    }

    private static int nodeMajorVersion() {
        try {
            Run run = run(new ProcessBuilder("node", "--version").redirectErrorStream(true), 30);
            String v = run.output().strip();
            return run.exitCode() == 0 && v.startsWith("v") ? Integer.parseInt(v.substring(1, v.indexOf('.'))) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static boolean canRun(String... command) {
        try {
            return run(new ProcessBuilder(command).redirectErrorStream(true), 30).exitCode() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(ProcessBuilder builder, long timeoutSeconds) throws Exception {
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", builder.command()) + " took over " + timeoutSeconds + " s");
        }
        return new Run(process.exitValue(), output.get(10, TimeUnit.SECONDS));
    }
}
