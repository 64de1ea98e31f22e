package com.ecommerce.testsupport.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the environment can set in one module's configuration: its {@code src/main/resources/application.yaml},
 * plus {@code service-defaults.yaml} when the module depends on service-defaults (which adds that file as
 * a property source). A variable is read if the YAML has a {@code ${NAME} / ${NAME:default}} placeholder
 * of it, or if it is the relaxed-binding name of a property the YAML sets ({@code server.address} is
 * {@code SERVER_ADDRESS}, {@code eureka.client.service-url.defaultZone} is
 * {@code EUREKA_CLIENT_SERVICEURL_DEFAULTZONE}).
 */
record ModuleConfiguration(String module, List<Path> files, Set<String> placeholders, Map<String, String> properties) {

    /** This machine, in a value: on a cluster or in a container it names the JVM's own box. */
    static final Pattern LOOPBACK = Pattern.compile("127\\.0\\.0\\.1|localhost");
    /** Properties that name where a browser on the developer's machine runs, which stay right anywhere. */
    private static final Set<String> BROWSER_ADDRESSES = Set.of("allowed-origins", "frontend-url");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern DEPENDS_ON_DEFAULTS = Pattern.compile("<artifactId>service-defaults</artifactId>");

    static ModuleConfiguration of(Path root, String module) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve(module).resolve("src/main/resources/application.yaml"));
        if (DEPENDS_ON_DEFAULTS.matcher(YamlFiles.read(root.resolve(module).resolve("pom.xml"))).find()) {
            files.add(root.resolve("service-defaults/src/main/resources/service-defaults.yaml"));
        }
        Set<String> placeholders = new LinkedHashSet<>();
        Map<String, String> properties = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new AssertionError(module + ": no " + file);
            }
            Matcher placeholder = PLACEHOLDER.matcher(YamlFiles.read(file));
            while (placeholder.find()) {
                placeholders.add(placeholder.group(1));
            }
            YamlFiles.documents(file).forEach(document -> flatten("", document, properties));
        }
        return new ModuleConfiguration(module, List.copyOf(files), Set.copyOf(placeholders), Map.copyOf(properties));
    }

    /** The environment variable Spring Boot binds to a property: dots to _, dashes dropped, upper case. */
    static String relaxed(String property) {
        return property.replace("-", "").replace('.', '_').replace("[", "").replace("]", "").toUpperCase(Locale.ROOT);
    }

    boolean reads(String variable) {
        return placeholders.contains(variable) || properties.keySet().stream().anyMatch(p -> relaxed(p).equals(variable));
    }

    /** The properties whose value points at the loopback address (browser addresses aside), by name. */
    Map<String, String> loopbackProperties() {
        Map<String, String> loopback = new LinkedHashMap<>();
        properties.forEach((property, value) -> {
            if (LOOPBACK.matcher(value).find() && BROWSER_ADDRESSES.stream().noneMatch(property::endsWith)) {
                loopback.put(property, value);
            }
        });
        return loopback;
    }

    /**
     * The values this module must get for verifying tokens, for each variable of the two it reads:
     * user-service's issuer and its public keys, at the address {@code userService} (host:port).
     */
    Map<String, String> tokenVerification(String userService) {
        Map<String, String> expected = new LinkedHashMap<>();
        if (reads("ECOMMERCE_TOKEN_ISSUER")) {
            expected.put("ECOMMERCE_TOKEN_ISSUER", "http://" + userService);
        }
        if (reads("ECOMMERCE_JWKS_URI")) {
            expected.put("ECOMMERCE_JWKS_URI", "http://" + userService + "/.well-known/jwks.json");
        }
        return expected;
    }

    /** Every variable that would replace this property's value: its relaxed name and the placeholders in it. */
    Set<String> overriddenBy(String property) {
        Set<String> variables = new LinkedHashSet<>();
        variables.add(relaxed(property));
        Matcher placeholder = PLACEHOLDER.matcher(properties.get(property));
        while (placeholder.find()) {
            variables.add(placeholder.group(1));
        }
        return variables;
    }

    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, entry, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, String.valueOf(value));
        }
    }

    @Override
    public String toString() {
        return module + " (" + files.stream().map(f -> f.getFileName().toString()).toList() + ")";
    }
}
