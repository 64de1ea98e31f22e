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
 * The script's path comes from the {@code platform.script} system property ({@code ./platform test}
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
        assumeControllable();
        try {
            Path log = Files.createTempFile("restart-" + service, ".log");
            Process restart = new ProcessBuilder(SCRIPT, "restart", service, "--kill")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = restart.waitFor(RESTART_WITHIN_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                restart.destroyForcibly();
            }
            assertThat(ended && restart.exitValue() == 0)
                    .as("./platform restart %s --kill:%n%s", service, Files.readString(log)).isTrue();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + SCRIPT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
