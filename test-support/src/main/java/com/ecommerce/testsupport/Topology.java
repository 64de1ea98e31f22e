package com.ecommerce.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The platform's topology as declared in {@code deploy/topology}, the file {@code ./platform} starts
 * the JVMs from. Tests read it instead of repeating the list of services, ports and dependencies
 * (the deploy files are checked against it, and it is checked against each module's configuration).
 */
public record Topology(List<Service> services) {

    /** What a service may need besides other services. */
    public static final Set<String> INFRASTRUCTURE = Set.of("postgres", "redis", "kafka");

    private static final Pattern HEAP = Pattern.compile("[0-9]+[mg]");

    /** One JVM: its module (and application) name, HTTP port, maximum heap, start wave and needs. */
    public record Service(String name, int port, String heap, int wave, List<String> needs) {
        public Service {
            if (port < 1024 || port > 65535) {
                throw new IllegalArgumentException(name + ": port " + port + " is outside 1024-65535");
            }
            if (!HEAP.matcher(heap).matches()) {
                throw new IllegalArgumentException(name + ": heap '" + heap + "' is not like 256m or 1g");
            }
            if (wave < 1) {
                throw new IllegalArgumentException(name + ": wave must be 1 or more");
            }
            needs = List.copyOf(needs);
        }
    }

    public Topology {
        services = List.copyOf(services);
    }

    public Optional<Service> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Reads {@code deploy/topology} of the checkout that contains the working directory. */
    public static Topology load() {
        return read(repositoryRoot().resolve("deploy/topology"));
    }

    /** The nearest directory, from the working directory up, that holds {@code deploy/topology}. */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/topology"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no deploy/topology above " + Path.of("").toAbsolutePath());
    }

    public static Topology read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the file's lines: {@code service port heap wave needs}, needs comma-separated or {@code -}. */
    static Topology parse(List<String> lines) {
        List<Service> services = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] columns = trimmed.split("\\s+");
            if (columns.length != 5) {
                throw new IllegalArgumentException("want 5 columns (service port heap wave needs): " + line);
            }
            List<String> needs = columns[4].equals("-") ? List.of() : List.of(columns[4].split(","));
            services.add(new Service(columns[0], Integer.parseInt(columns[1]), columns[2],
                    Integer.parseInt(columns[3]), needs));
        }
        return new Topology(services);
    }
}
