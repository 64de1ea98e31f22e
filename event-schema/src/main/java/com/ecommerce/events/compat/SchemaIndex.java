package com.ecommerce.events.compat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every message and enum of a descriptor set by full name (nested ones included). Comparing by full
 * name rather than by file lets a type move between files of the same package without a false alarm.
 */
record SchemaIndex(Map<String, DescriptorProto> messages, Map<String, EnumDescriptorProto> enums) {

    static SchemaIndex of(FileDescriptorSet set) {
        SchemaIndex index = new SchemaIndex(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (FileDescriptorProto file : set.getFileList()) {
            String prefix = file.getPackage().isEmpty() ? "" : file.getPackage() + ".";
            index.addAll(prefix, file.getMessageTypeList(), file.getEnumTypeList());
        }
        return index;
    }

    private void addAll(String prefix, List<DescriptorProto> types, List<EnumDescriptorProto> enumTypes) {
        enumTypes.forEach(type -> enums.put(prefix + type.getName(), type));
        for (DescriptorProto type : types) {
            String name = prefix + type.getName();
            messages.put(name, type);
            addAll(name + ".", type.getNestedTypeList(), type.getEnumTypeList());
        }
    }
}
