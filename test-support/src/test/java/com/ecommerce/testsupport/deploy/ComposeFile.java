package com.ecommerce.testsupport.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ecommerce.testsupport.Topology;

/**
 * {@code deploy/docker-compose.yml} as parsed YAML (anchors and merge keys resolved), read through
 * the few parts of the Compose specification the tests look at. Relative paths are resolved
 * against the file's directory, as Compose does.
 */
record ComposeFile(Path directory, Map<String, Object> root) {

    static ComposeFile load() {
        Path file = Topology.repositoryRoot().resolve("deploy/docker-compose.yml");
        return new ComposeFile(file.getParent(), YamlFiles.map(file));
    }

    Set<String> serviceNames() {
        return services().keySet();
    }

    Optional<Service> service(String name) {
        return Optional.ofNullable(services().get(name)).map(definition -> new Service(name, YamlFiles.asMap(definition)));
    }

    Service require(String name) {
        return service(name).orElseThrow(() -> new AssertionError(
                name + " is not a service of deploy/docker-compose.yml (add it there)"));
    }

    private Map<String, Object> services() {
        return YamlFiles.asMap(root.get("services"));
    }

    /** One service: only what the tests read. */
    record Service(String name, Map<String, Object> definition) {

        String image() {
            return String.valueOf(definition.get("image"));
        }

        /** Its environment, in either Compose form (a map, or a list of NAME=value). */
        Map<String, String> environment() {
            Object environment = definition.get("environment");
            Map<String, String> variables = new LinkedHashMap<>();
            if (environment instanceof List<?> entries) {
                entries.forEach(entry -> {
                    String[] pair = String.valueOf(entry).split("=", 2);
                    variables.put(pair[0], pair.length > 1 ? pair[1] : "");
                });
            } else {
                YamlFiles.asMap(environment).forEach((name, value) -> variables.put(name, String.valueOf(value)));
            }
            return variables;
        }

        List<String> ports() {
            return YamlFiles.asList(definition.get("ports")).stream().map(String::valueOf).toList();
        }

        /** Each service it depends on, with its condition ({@code null} in the short list form). */
        Map<String, String> dependsOn() {
            Object dependsOn = definition.get("depends_on");
            Map<String, String> conditions = new LinkedHashMap<>();
            if (dependsOn instanceof List<?> names) {
                names.forEach(name -> conditions.put(String.valueOf(name), null));
            } else {
                YamlFiles.asMap(dependsOn).forEach((name, options) ->
                        conditions.put(name, (String) YamlFiles.asMap(options).get("condition")));
            }
            return conditions;
        }

        /** The healthcheck's test as one string (empty when there is none). */
        String healthcheck() {
            Object test = YamlFiles.asMap(definition.get("healthcheck")).get("test");
            return test instanceof List<?> words ? String.join(" ", words.stream().map(String::valueOf).toList())
                    : test == null ? "" : String.valueOf(test);
        }

        Optional<String> memoryLimit() {
            return Optional.ofNullable(definition.get("mem_limit")).map(String::valueOf);
        }

        /** Its bind mounts (short syntax, a source that is a path): host path and container path. */
        List<Mount> binds() {
            return YamlFiles.asList(definition.get("volumes")).stream().map(String::valueOf)
                    .filter(volume -> volume.startsWith(".") || volume.startsWith("/"))
                    .map(volume -> volume.split(":"))
                    .map(parts -> new Mount(parts[0], parts[1]))
                    .toList();
        }

        Mount bindAt(String target) {
            return binds().stream().filter(mount -> mount.target().equals(target)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " mounts nothing at " + target));
        }
    }

    /** A bind mount: {@code source} relative to the Compose file's directory. */
    record Mount(String source, String target) {
        Path in(Path composeDirectory) {
            return composeDirectory.resolve(source).normalize();
        }
    }
}
