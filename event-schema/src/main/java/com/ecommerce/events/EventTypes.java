package com.ecommerce.events;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Registry of every message type of this module, keyed by full Protobuf name. It is derived from the
 * generated file descriptors, so a message added to a {@code .proto} file is known without code changes.
 */
public final class EventTypes {

    private static final String EVENT_ID_FIELD = "event_id";
    private static final Map<String, Message> PROTOTYPES = index();

    private EventTypes() {
    }

    /**
     * @param message any message
     * @return its full Protobuf name, the value of the {@link EventHeaders#MESSAGE_TYPE} header
     */
    public static String typeName(Message message) {
        return message.getDescriptorForType().getFullName();
    }

    /**
     * Parses bytes as the named message type.
     *
     * @param typeName full Protobuf name, e.g. {@code ecommerce.order.v1.OrderPlaced}
     * @param bytes the serialized message
     * @return the parsed message, an instance of the generated class
     * @throws UnknownMessageType if the name is not a message of this module
     * @throws InvalidProtocolBufferException if the bytes are not a valid encoding
     */
    public static Message parse(String typeName, byte[] bytes) throws InvalidProtocolBufferException {
        Message prototype = PROTOTYPES.get(typeName);
        if (prototype == null) {
            throw new UnknownMessageType(typeName);
        }
        return prototype.getParserForType().parseFrom(bytes);
    }

    /**
     * @return the full names of every message of this module, sorted
     */
    public static Set<String> all() {
        return PROTOTYPES.keySet();
    }

    /**
     * @param message any message
     * @return true when its type declares a string {@code event_id} field (commands and events do)
     */
    public static boolean hasEventId(Message message) {
        return eventIdField(message.getDescriptorForType()) != null;
    }

    /**
     * Reads the {@code event_id} field that every command and event carries.
     *
     * @param message a command or event
     * @return the non-empty event id
     * @throws IllegalArgumentException if the type has no {@code event_id} field or it is empty
     */
    public static String eventId(Message message) {
        FieldDescriptor field = eventIdField(message.getDescriptorForType());
        if (field == null) {
            throw new IllegalArgumentException(typeName(message) + " has no string field 'event_id'");
        }
        String id = (String) message.getField(field);
        if (id.isEmpty()) {
            throw new IllegalArgumentException(typeName(message) + " has an empty event_id");
        }
        return id;
    }

    private static FieldDescriptor eventIdField(Descriptor type) {
        FieldDescriptor field = type.findFieldByName(EVENT_ID_FIELD);
        boolean usable = field != null && !field.isRepeated() && field.getType() == FieldDescriptor.Type.STRING;
        return usable ? field : null;
    }

    private static Map<String, Message> index() {
        Map<String, Message> prototypes = new TreeMap<>();
        for (FileDescriptor file : EventSchema.files()) {
            String javaPackage = file.getOptions().getJavaPackage();
            file.getMessageTypes().forEach(type -> register(type, javaPackage + "." + type.getName(), prototypes));
        }
        return Collections.unmodifiableMap(prototypes);
    }

    private static void register(Descriptor type, String className, Map<String, Message> prototypes) {
        prototypes.put(type.getFullName(), defaultInstance(className));
        type.getNestedTypes().forEach(nested -> register(nested, className + "$" + nested.getName(), prototypes));
    }

    // protobuf-java keeps no map from descriptor to generated class; java_multiple_files fixes the class name.
    private static Message defaultInstance(String className) {
        try {
            Class<?> type = Class.forName(className, true, EventTypes.class.getClassLoader());
            return (Message) type.getMethod("getDefaultInstance").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No generated class " + className
                    + "; every proto file of event-schema must set java_multiple_files = true", e);
        }
    }
}
