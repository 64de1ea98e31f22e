package com.ecommerce.events;

/**
 * A message-type name that is not a message of this schema, e.g. from a newer producer or a typo.
 */
public class UnknownMessageType extends IllegalArgumentException {

    private final String typeName;

    /**
     * @param typeName the unrecognised full Protobuf name
     */
    public UnknownMessageType(String typeName) {
        super("Unknown message type '" + typeName + "': not a message of event-schema "
                + "(expected a full Protobuf name such as 'ecommerce.order.v1.OrderPlaced')");
        this.typeName = typeName;
    }

    /**
     * @return the unrecognised full Protobuf name
     */
    public String typeName() {
        return typeName;
    }
}
