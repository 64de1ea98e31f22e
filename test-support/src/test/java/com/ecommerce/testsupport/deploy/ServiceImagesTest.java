package com.ecommerce.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.ecommerce.testsupport.Topology;

/**
 * The images {@code mvn -Pimages install} built (container-base/target/container-base.tar and each
 * service's target/jib-image.tar), read as {@code docker load} would read them. Without images
 * the tests are skipped, unless {@code -Dimages.required=true} (./platform images sets it).
 */
class ServiceImagesTest {

    private static final String EPOCH = "1970-01-01T00:00:00Z";
    private static final String APP_USER = "65532:65532";

    private final Topology topology = Topology.load();
    private final Path root = Topology.repositoryRoot();

    @Test
    void startsEveryServiceAsNonRootWithThePlatformsJvmOptionsPortAndHeap() {
        for (Topology.Service service : topology.services()) {
            ImageTarball image = ImageTarball.read(built(service.name() + "/target/jib-image.tar"));
            String name = service.name();
            assertThat(image.repoTags()).as(name + " tag").containsExactly("ecommerce/" + name + ":" + ComposeFileTest.projectVersion());
            assertThat(image.user()).as(name + " user").isEqualTo(APP_USER);
            List<String> entrypoint = image.entrypoint();
            List<String> options = PlatformJvmOptions.forHeap(service.heap());
            assertThat(entrypoint).as(name + " entrypoint").startsWith("java").hasSizeGreaterThan(options.size());
            assertThat(entrypoint.subList(1, 1 + options.size())).as(name + " JVM options (deploy/local/lib/services.sh)")
                    .containsExactlyElementsOf(options);
            assertThat(image.exposedPorts()).as(name + " exposed ports").containsExactly(service.port() + "/tcp");
            assertThat(image.environment()).as(name + " environment").contains("PORT=" + service.port());
            assertThat(image.label("org.opencontainers.image.title")).as(name + " title label").isEqualTo(name);
            assertThat(image.created()).as(name + " creation time (reproducible)").isEqualTo(EPOCH);
        }
    }

    @Test
    void buildsEveryServiceOnTheContainerBase() {
        ImageTarball base = ImageTarball.read(built("container-base/target/container-base.tar"));
        for (Topology.Service service : topology.services()) {
            ImageTarball image = ImageTarball.read(built(service.name() + "/target/jib-image.tar"));
            assertThat(image.diffIds()).as(service.name() + " layers").startsWith(base.diffIds().getFirst());
        }
    }

    @Test
    void givesTheBaseAJavaRuntimeANonRootUserAWritableTmpAndTheHealthcheckTools() {
        ImageTarball base = ImageTarball.read(built("container-base/target/container-base.tar"));
        assertThat(base.user()).isEqualTo(APP_USER);
        assertThat(base.created()).isEqualTo(EPOCH);
        Map<String, TarArchive.Entry> files = base.layerEntries(0).stream()
                .collect(Collectors.toMap(TarArchive.Entry::name, Function.identity(), (first, second) -> second));
        assertThat(files.get("opt/java/bin/java")).as("the runtime's java").isNotNull()
                .satisfies(java -> assertThat(java.mode() & 0111).as("executable").isEqualTo(0111));
        assertThat(files.get("tmp")).as("/tmp").isNotNull()
                .satisfies(tmp -> assertThat(tmp.mode() & 07777).as("/tmp mode").isEqualTo(01777));
        assertThat(files.get("home/app")).as("the user's home").isNotNull()
                .satisfies(home -> assertThat(home.uid()).isEqualTo(65532));
        assertThat(files.values()).filteredOn(entry -> !entry.name().equals("home/app"))
                .as("everything else is root's (the user can change nothing of the image)")
                .allSatisfy(entry -> assertThat(entry.uid()).as(entry.name()).isZero());
        assertThat(new String(files.get("etc/passwd").content(), StandardCharsets.UTF_8))
                .containsPattern("(?m)^app:x:65532:65532:[^:]*:/home/app:");
        String healthcheck = ComposeFile.load().require(topology.services().getFirst().name()).healthcheck();
        for (String tool : List.of("bash", "grep")) {
            assertThat(healthcheck).as("the Compose healthcheck").contains(tool);
            assertThat(files).as("the base has the healthcheck's " + tool).containsKey("usr/bin/" + tool);
        }
    }

    private Path built(String relative) {
        Path file = root.resolve(relative);
        if (!Boolean.getBoolean("images.required")) {
            assumeTrue(Files.isRegularFile(file), relative + " not built (mvn -Pimages install)");
        }
        assertThat(file).as(relative + " (built by mvn -Pimages install)").isRegularFile();
        return file;
    }
}
