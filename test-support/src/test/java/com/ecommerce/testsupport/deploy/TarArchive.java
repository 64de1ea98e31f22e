package com.ecommerce.testsupport.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A tar archive read entry by entry (ustar, GNU long names, pax paths: what GNU tar and Jib write),
 * without a library: the image tests need only names, modes, owners and a few files' contents.
 */
final class TarArchive {

    private static final int BLOCK = 512;

    /** One entry; {@code content} is null unless it was asked for. Names have no leading "./". */
    record Entry(String name, int mode, long uid, char type, byte[] content) {
        boolean isDirectory() {
            return type == '5';
        }
    }

    private final InputStream in;
    private long size;      // bytes of the current entry's content not read yet
    private long padding;   // and the zeros after it, up to the next block

    TarArchive(InputStream in) {
        this.in = in;
    }

    /** Every entry, with the content of the regular files whose name {@code withContent} accepts. */
    static List<Entry> entries(InputStream in, Predicate<String> withContent) {
        TarArchive archive = new TarArchive(in);
        List<Entry> entries = new ArrayList<>();
        for (Optional<Entry> entry = archive.next(); entry.isPresent(); entry = archive.next()) {
            Entry found = entry.get();
            boolean regular = found.type() == '0' || found.type() == 0;
            entries.add(regular && withContent.test(found.name())
                    ? new Entry(found.name(), found.mode(), found.uid(), found.type(), archive.content()) : found);
        }
        return entries;
    }

    /** The next file, directory or link (its content is then {@link #content()}); empty at the end. */
    Optional<Entry> next() {
        String longName = null;
        while (true) {
            skip(size + padding);
            byte[] header = read(BLOCK);
            if (header.length < BLOCK || header[0] == 0) {
                return Optional.empty();
            }
            char type = (char) header[156];
            size = octal(header, 124, 12);
            padding = (BLOCK - size % BLOCK) % BLOCK;
            String name = longName != null ? longName : name(header);
            switch (type) {
                case 'L' -> longName = new String(content(), StandardCharsets.UTF_8).replace("\0", "");
                case 'x' -> longName = paxPath(content());
                default -> {
                    return Optional.of(new Entry(normalize(name), (int) octal(header, 100, 8), octal(header, 108, 8), type, null));
                }
            }
        }
    }

    /** The content of the current entry (read once). */
    byte[] content() {
        byte[] data = read(Math.toIntExact(size));
        size = 0;
        return data;
    }

    /** The content of the current entry as a stream, which ends where the entry does. */
    InputStream contentStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (size == 0) {
                    return -1;
                }
                int count = in.read(buffer, offset, (int) Math.min(length, size));
                if (count > 0) {
                    size -= count;
                }
                return count;
            }
        };
    }

    private byte[] read(int length) {
        try {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void skip(long length) {
        try {
            in.skipNBytes(length);
            size = 0;
            padding = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(byte[] header) {
        String name = text(header, 0, 100);
        String prefix = text(header, 345, 155);
        boolean ustar = text(header, 257, 5).equals("ustar") && header[262] == 0;
        return ustar && !prefix.isEmpty() ? prefix + "/" + name : name;
    }

    private static String normalize(String name) {
        String relative = name.startsWith("./") ? name.substring(2) : name;
        return relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
    }

    /** The {@code path} record of a pax header, if it has one. */
    private static String paxPath(byte[] content) {
        for (String record : new String(content, StandardCharsets.UTF_8).split("\n")) {
            int keyStart = record.indexOf(' ') + 1;
            if (record.startsWith("path=", keyStart)) {
                return record.substring(keyStart + "path=".length());
            }
        }
        return null;
    }

    private static String text(byte[] header, int offset, int length) {
        byte[] field = Arrays.copyOfRange(header, offset, offset + length);
        int end = 0;
        while (end < field.length && field[end] != 0) {
            end++;
        }
        return new String(field, 0, end, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String digits = text(header, offset, length).strip();
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }
}
