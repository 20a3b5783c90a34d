package org.vre.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vre.core.VreException;

/**
 * Picks the reader for a file: by magic bytes first (a file's content does not lie), then by extension.
 * Readers are added by whoever builds the registry, so plugins can bring new formats.
 */
public final class DataReaderRegistry {

    private final List<DataReader> readers = new CopyOnWriteArrayList<>();

    public DataReaderRegistry(List<? extends DataReader> readers) {
        this.readers.addAll(readers);
    }

    public void register(DataReader reader) {
        readers.add(reader);
    }

    public void unregister(DataReader reader) {
        readers.remove(reader);
    }

    public List<DataReader> readers() {
        return List.copyOf(readers);
    }

    /** The reader for {@code file}, if any format claims it. */
    public Optional<DataReader> readerFor(Path file) {
        byte[] head = head(file);
        for (DataReader reader : readers) {
            if (reader.matchesMagic(head)) {
                return Optional.of(reader);
            }
        }
        String extension = extension(file);
        for (DataReader reader : readers) {
            if (reader.extensions().contains(extension)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /** Opens {@code file} with the reader that claims it. */
    public DataFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new VreException(file + ": no such file");
        }
        DataReader reader = readerFor(file).orElseThrow(() -> new VreException(file
                + ": unknown data format (known: " + knownFormats() + ")"));
        return reader.open(file);
    }

    private String knownFormats() {
        List<String> names = new ArrayList<>();
        for (DataReader reader : readers) {
            names.add(reader.format() + " (" + String.join(", ", reader.extensions()) + ")");
        }
        return String.join("; ", names);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        } catch (IOException e) {
            throw new VreException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
