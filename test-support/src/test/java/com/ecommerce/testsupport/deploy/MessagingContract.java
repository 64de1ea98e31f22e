package com.ecommerce.testsupport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ecommerce.testsupport.Topology;

/**
 * What the services' code expects of Kafka, read from their sources (test-support depends on no
 * service): the topic names of {@code com.ecommerce.events.Topics} with their dead-letter topics,
 * the partition count service-defaults creates them with, and which modules consume.
 */
record MessagingContract(Set<String> topics, int partitions, Set<String> consumers, Set<String> listenedTo) {

    private static final Path TOPICS = Path.of("event-schema/src/main/java/com/ecommerce/events/Topics.java");
    private static final Path PROPERTIES =
            Path.of("service-defaults/src/main/java/com/ecommerce/defaults/messaging/MessagingProperties.java");
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([^\"]+)\";");
    private static final Pattern ALL = Pattern.compile("List<String> ALL = List\\.of\\(([^)]*)\\)");
    private static final Pattern PARTITIONS = Pattern.compile("@DefaultValue\\(\"([0-9]+)\"\\) int partitions");
    /** The default of a listener's topic placeholder: {@code "${ecommerce.x.topics.y:order.events.v1}"}. */
    private static final Pattern LISTENED = Pattern.compile("\\$\\{ecommerce\\.[a-z.-]+topics\\.[a-z-]+:([a-z0-9.]+)}");

    static MessagingContract read() {
        Path root = Topology.repositoryRoot();
        Map<String, String> constants = constants(YamlFiles.read(root.resolve(TOPICS)));
        Matcher all = ALL.matcher(YamlFiles.read(root.resolve(TOPICS)));
        require(all.find(), "Topics.ALL in " + TOPICS);
        Set<String> topics = new LinkedHashSet<>();
        for (String constant : all.group(1).split(",")) {
            String topic = constants.get(constant.strip());
            topics.add(topic);
            topics.add(topic + constants.get("DEAD_LETTER_SUFFIX"));
        }
        Matcher partitions = PARTITIONS.matcher(YamlFiles.read(root.resolve(PROPERTIES)));
        require(partitions.find(), "the partitions default in " + PROPERTIES);
        Set<String> consumers = new LinkedHashSet<>();
        Set<String> listenedTo = new LinkedHashSet<>();
        for (Topology.Service service : Topology.load().services()) {
            String sources = sources(root.resolve(service.name()).resolve("src/main/java"));
            if (sources.contains("@KafkaListener")) {
                consumers.add(service.name());
            }
            LISTENED.matcher(sources).results().forEach(topic -> listenedTo.add(topic.group(1)));
        }
        return new MessagingContract(Set.copyOf(topics), Integer.parseInt(partitions.group(1)), Set.copyOf(consumers),
                Set.copyOf(listenedTo));
    }

    private static Map<String, String> constants(String source) {
        return CONSTANT.matcher(source).results().collect(Collectors.toMap(match -> match.group(1), match -> match.group(2)));
    }

    private static String sources(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(YamlFiles::read).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(boolean found, String what) {
        if (!found) {
            throw new AssertionError("cannot find " + what);
        }
    }
}
