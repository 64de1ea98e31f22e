package com.ecommerce.testsupport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML files read into plain maps and lists (safe constructor: no arbitrary types). */
final class YamlFiles {

    private YamlFiles() {
    }

    static Map<String, Object> map(Path file) {
        return asMap(yaml().load(read(file)));
    }

    /** Every document of a file (Spring configuration may hold several). */
    static List<Map<String, Object>> documents(Path file) {
        List<Map<String, Object>> maps = new ArrayList<>();
        yaml().loadAll(read(file)).forEach(document -> maps.add(asMap(document)));
        return maps;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        if (value == null) {
            return Map.of();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((key, entry) -> map.put(String.valueOf(key), entry));
        return map;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
