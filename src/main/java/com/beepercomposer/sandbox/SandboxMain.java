package com.beepercomposer.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone mode: {@code --sandbox-only} serves the sandbox with no window, for curl, the
 * official SDKs and benchmarks. The app's launcher calls {@link #handles(String[])} before
 * JavaFX starts and hands over to {@link #run(String[])} when it returns true.
 */
public final class SandboxMain {
    public static final String FLAG = "--sandbox-only";

    static final String USAGE = """
            Usage: beeper-composer --sandbox-only [options]

            Serves the built-in Beeper Desktop API sandbox on 127.0.0.1, without a window.
            Nothing is delivered anywhere: chats and messages are simulated in memory.

              --port N               port to listen on (default 23373, 0 = any free port)
              --token T              access token to accept (default: a new random one)
              --confirm-delay-ms N   how long a send stays PENDING (default 300)
              --confirm-style S      how a send turns final: swap-id (default: new ID and
                                     sendStatus), keep-id (same ID, status changes) or
                                     no-status (new ID, sendStatus never reported)
              --latency-ms N         delay every HTTP answer by N ms
              --error-rate R         answer a share R (0-1) of requests with HTTP 503
              --drop-sockets-every S close all WebSocket connections every S seconds
              --max-upload-mb N      upload size cap (default 500)
              --strict-capabilities  refuse at once what a chat's capabilities rule out
                                     (403 read-only, 400 replies/length/MIME/size, 409
                                     second draft); by default such sends fail later
              --live-traffic-s S     other participants write in the seeded chats about
                                     every S seconds (default 0: the chats stay quiet)
              --help                 show this text

            Then, for example:
              export BEEPER_BASE_URL=<printed URL> BEEPER_ACCESS_TOKEN=<printed token>
              curl -H "Authorization: Bearer $BEEPER_ACCESS_TOKEN" $BEEPER_BASE_URL/v1/accounts
            Stop with Ctrl+C.
            """;

    private SandboxMain() {
    }

    /** True when these arguments ask for standalone sandbox mode. */
    public static boolean handles(String[] args) {
        return args != null && Arrays.asList(args).contains(FLAG);
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args));
    }

    /** Serves until interrupted (Ctrl+C); returns the process exit code. */
    public static int run(String[] args) throws InterruptedException {
        return run(args, System.out, System.err, new CountDownLatch(1));
    }

    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stopSignal)
            throws InterruptedException {
        List<String> list = Arrays.asList(args);
        if (list.contains("--help") || list.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        SandboxBuilder builder = SandboxServer.builder().port(SandboxServer.DEFAULT_PORT);
        Duration latency = null;
        Double errorRate = null;
        Duration dropEvery = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case FLAG -> { }
                    case "--port" -> builder.port(Integer.parseInt(value(args, ++i)));
                    case "--token" -> builder.token(value(args, ++i));
                    case "--confirm-delay-ms" -> builder.confirmDelay(Duration.ofMillis(Long.parseLong(value(args, ++i))));
                    case "--strict-capabilities" -> builder.strictCapabilities(true);
                    case "--live-traffic-s" -> builder.liveTraffic(Duration.ofSeconds(Long.parseLong(value(args, ++i))));
                    case "--confirm-style" -> builder.confirmStyle(ConfirmStyle.fromOption(value(args, ++i)));
                    case "--max-upload-mb" -> builder.maxUploadBytes(Long.parseLong(value(args, ++i)) * 1024 * 1024);
                    case "--latency-ms" -> latency = Duration.ofMillis(Long.parseLong(value(args, ++i)));
                    case "--error-rate" -> errorRate = Double.parseDouble(value(args, ++i));
                    case "--drop-sockets-every" -> dropEvery = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                    default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        SandboxServer server;
        try {
            server = builder.build().start();
        } catch (RuntimeException e) {
            err.println("Could not start the sandbox: " + rootMessage(e));
            return 1;
        }
        if (latency != null) {
            server.faults().latency(latency);
        }
        if (errorRate != null) {
            server.faults().errorRate(FaultKnobs.ALL_ROUTES, errorRate, 503);
        }
        if (dropEvery != null) {
            server.faults().dropSocketsEvery(dropEvery);
        }
        Thread hook = new Thread(() -> {
            server.stop();
            stopSignal.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        // Printed on purpose, this once: curl and SDK users need the token to talk to the sandbox.
        out.println("Beeper Desktop API sandbox (nothing is delivered)");
        out.println("BEEPER_BASE_URL=" + server.baseUrl());
        out.println("BEEPER_ACCESS_TOKEN=" + server.token());
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopSignal.await();
        server.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is what woke us
        }
        return 0;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Missing value for " + args[i - 1]);
        }
        return args[i];
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
