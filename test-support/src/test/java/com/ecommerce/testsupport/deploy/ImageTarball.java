package com.ecommerce.testsupport.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An image saved as a {@code docker save} tarball (what {@code jib:buildTar} and container-base
 * write, and {@code docker load} reads): its manifest, its configuration, its layers.
 */
record ImageTarball(Path file, JsonNode manifest, JsonNode configuration) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ImageTarball read(Path file) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            TarArchive.entries(in, name -> name.endsWith(".json"))
                    .forEach(entry -> files.put(entry.name(), entry.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
        return new ImageTarball(file, manifest, JSON.readTree(files.get(manifest.get("Config").asString())));
    }

    /** The run-time part of the configuration: User, Entrypoint, Env, ExposedPorts, Labels. */
    JsonNode config() {
        return configuration.get("config");
    }

    String user() {
        return config().path("User").asString("");
    }

    List<String> entrypoint() {
        return strings(config().path("Entrypoint"));
    }

    List<String> environment() {
        return strings(config().path("Env"));
    }

    List<String> exposedPorts() {
        return config().path("ExposedPorts").propertyNames().stream().toList();
    }

    String label(String name) {
        return config().path("Labels").path(name).asString("");
    }

    String created() {
        return configuration.path("created").asString("");
    }

    List<String> repoTags() {
        return strings(manifest.path("RepoTags"));
    }

    /** The uncompressed digests of the layers, base image first. */
    List<String> diffIds() {
        return strings(configuration.path("rootfs").path("diff_ids"));
    }

    /** The entries of layer {@code index} (0 is the lowest), with the content of etc/passwd only. */
    List<TarArchive.Entry> layerEntries(int index) {
        String layer = manifest.get("Layers").get(index).asString();
        try (InputStream in = Files.newInputStream(file)) {
            TarArchive archive = new TarArchive(in);
            for (var entry = archive.next(); entry.isPresent(); entry = archive.next()) {
                if (entry.get().name().equals(layer)) {
                    return TarArchive.entries(new GZIPInputStream(archive.contentStream()), name -> name.equals("etc/passwd"));
                }
            }
            throw new AssertionError(file + " has no layer file " + layer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
