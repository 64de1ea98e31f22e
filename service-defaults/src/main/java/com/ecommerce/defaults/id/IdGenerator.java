package com.ecommerce.defaults.id;

import com.github.f4b6a3.tsid.Tsid;
import com.github.f4b6a3.tsid.TsidFactory;

/**
 * Generates TSIDs: 64-bit, time-ordered (good B-tree locality, sortable by creation) and unique
 * across instances as long as each instance has its own node id. JSON carries them as strings
 * because they exceed JavaScript's safe integer range.
 */
public final class IdGenerator {

    private final TsidFactory factory;

    public IdGenerator(int node) {
        this.factory = TsidFactory.builder().withNode(node).build();
    }

    public long nextId() {
        return factory.create().toLong();
    }

    public String nextString() {
        return factory.create().toString();
    }

    /** The 13-character Crockford base-32 form clients see. */
    public static String encode(long id) {
        return Tsid.from(id).toString();
    }

    /**
     * Parses the string form; throws {@link IllegalArgumentException} for anything that is not a
     * TSID so a malformed id in a URL can be answered with a client error, not a server error.
     */
    public static long decode(String value) {
        if (value == null || !Tsid.isValid(value)) {
            throw new IllegalArgumentException("not a valid id: " + value);
        }
        return Tsid.from(value).toLong();
    }
}
