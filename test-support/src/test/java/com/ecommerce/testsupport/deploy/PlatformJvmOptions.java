package com.ecommerce.testsupport.deploy;

import java.util.Arrays;
import java.util.List;

import com.ecommerce.testsupport.Topology;

/**
 * The JVM options {@code ./platform} starts a service with ({@code service_jvm_opts} in
 * deploy/local/lib/services.sh), which every service image must start it with too.
 */
final class PlatformJvmOptions {

    private static final String START = "JVM_OPTS=(";
    /** How the script writes the heap: deploy/topology's, or an override (PLATFORM_HEAP...). */
    private static final String HEAP = "$(service_heap \"$1\")";

    private PlatformJvmOptions() {
    }

    /** The options for a service with this heap, in the script's order. */
    static List<String> forHeap(String heap) {
        String script = YamlFiles.read(Topology.repositoryRoot().resolve("deploy/local/lib/services.sh"));
        int start = script.indexOf(START);
        if (start < 0) {
            throw new AssertionError("deploy/local/lib/services.sh sets no " + START + "...)");
        }
        // The array ends at the first ')' that closes a line (the heap's ')' is inside a word).
        String array = script.substring(start + START.length(), script.indexOf(")\n", start));
        return Arrays.stream(array.replace(HEAP, heap).trim().split("\\s+"))
                .map(word -> word.replace("\"", ""))
                .toList();
    }
}
