package com.ecommerce.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.ecommerce.testsupport.Topology;

/**
 * What each service image is built with (the Jib configuration of the root pom.xml and each
 * module's image.port and image.heap) is what deploy/topology and ./platform declare. Reads the
 * poms only, so it runs in every build; ServiceImagesTest checks the images built from them.
 */
class ServiceImageConfigurationTest {

    private final Topology topology = Topology.load();
    private final String rootPom = YamlFiles.read(Topology.repositoryRoot().resolve("pom.xml"));

    @Test
    void givesEveryServiceModuleItsTopologyPortAndHeap() {
        for (Topology.Service service : topology.services()) {
            String pom = YamlFiles.read(Topology.repositoryRoot().resolve(service.name() + "/pom.xml"));
            assertThat(property(pom, "image.port")).as(service.name() + " image.port").isEqualTo(String.valueOf(service.port()));
            assertThat(property(pom, "image.heap")).as(service.name() + " image.heap").isEqualTo(service.heap());
            assertThat(pom).as(service.name() + " builds an image").contains("<artifactId>jib-maven-plugin</artifactId>");
        }
    }

    @Test
    void startsEveryImageWithTheJvmOptionsOfThePlatformScript() {
        StringBuilder flags = new StringBuilder();
        Matcher flag = Pattern.compile("<jvmFlag>([^<]+)</jvmFlag>").matcher(rootPom);
        while (flag.find()) {
            flags.append(flags.isEmpty() ? "" : " ").append(flag.group(1));
        }
        assertThat(flags.toString()).as("jvmFlags of jib-maven-plugin in the root pom.xml")
                .isEqualTo(String.join(" ", PlatformJvmOptions.forHeap("${image.heap}")));
    }

    @Test
    void runsEveryImageAsTheBaseImagesNonRootUser() {
        assertThat(rootPom).contains("<user>65532:65532</user>");
        String passwd = YamlFiles.read(Topology.repositoryRoot().resolve("container-base/src/main/rootfs/etc/passwd"));
        assertThat(passwd).containsPattern("(?m)^app:x:65532:65532:");
    }

    private static String property(String pom, String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">").matcher(pom);
        return value.find() ? value.group(1) : "(not set)";
    }
}
