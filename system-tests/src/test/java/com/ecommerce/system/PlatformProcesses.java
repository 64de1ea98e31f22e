package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The platform's processes, for fault tests: crashes a service with SIGKILL and starts it again
 * through {@code ./platform restart <service> --kill}, which returns once the service is healthy.
 * The chaos scenarios also stop and start services and infrastructure through it. The script's
 * path comes from the {@code platform.script} system property ({@code ./platform test}
 * sets it); without it the platform is not ours to crash and the fault tests are skipped.
 */
public final class PlatformProcesses {

    private static final String SCRIPT = System.getProperty("platform.script", "");
    private static final long RESTART_WITHIN_SECONDS = 300;

    private PlatformProcesses() {
    }

    public static void assumeControllable() {
        Assumptions.assumeTrue(!SCRIPT.isBlank() && new File(SCRIPT).canExecute(),
                "platform.script is not set: the running platform cannot be restarted from here");
    }

    /** Kills the service without warning and waits until it is back and healthy. */
    public static void crashAndRestart(String service) {
        run("restart", service, "--kill");
    }

    /** Stops the service and starts it again with extra environment variables (NAME=value) for this start. */
    public static void restart(String service, String... environment) {
        run(concat(new String[] {"restart", service}, environment));
    }

    /** Stops the services gracefully (TERM: their consumers leave their groups). */
    public static void stop(String... services) {
        run(concat(new String[] {"stop"}, services));
    }

    /** Kills the services or instances (SIGKILL, as in a crash) and leaves them down. */
    public static void kill(String... services) {
        run(concat(new String[] {"stop", "--kill"}, services));
    }

    /** Starts stopped services together and waits until they are healthy. */
    public static void start(String... services) {
        run(concat(new String[] {"start"}, services));
    }

    /** {@code ./platform infra <stop|start|restart> <postgres|redis|kafka>}: an infrastructure fault or its end. */
    public static void infrastructure(String action, String server) {
        run("infra", action, server);
    }

    private static String[] concat(String[] first, String[] rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    /** Runs {@code ./platform <arguments>} and requires it to succeed within five minutes. */
    private static void run(String... arguments) {
        assumeControllable();
        String command = String.join(" ", arguments);
        try {
            Path log = Files.createTempFile("platform-" + arguments[0], ".log");
            String[] line = concat(new String[] {SCRIPT}, arguments);
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = process.waitFor(RESTART_WITHIN_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            assertThat(ended && process.exitValue() == 0)
                    .as("./platform %s:%n%s", command, Files.readString(log)).isTrue();
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + SCRIPT + " " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
