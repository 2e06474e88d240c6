package io.github.camelumf.b2b;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.github.camelumf.error.UmfValidationException;
import org.apache.camel.WrappedFile;

/**
 * The documents a message carries, as ZIP entries in a stable order: a directory ({@link File} or {@link Path}: its
 * regular files, by name, hidden files left out), a collection or array of files ({@link File}, {@link Path}, Camel
 * {@code GenericFile}), or a {@link Map} from entry name to content ({@link InputStream}, {@code byte[]}, {@link File},
 * {@link Path} or {@code GenericFile}, in the map's order). Entry names are plain file names, unique (ignoring case,
 * as UMF's staff unzip on any system); no entry may be empty. Every rule is checked before anything is connected.
 */
public final class DocumentBody {

    private static final String FIELD = "body";
    private static final String FORMS = "must be the documents: a directory, a list of files (File, Path, GenericFile)"
                                        + " or a Map from entry name to InputStream, byte[], File or Path";

    private DocumentBody() {
    }

    /**
     * The entries of {@code body}; the caller closes them (stream entries not read).
     *
     * @throws UmfValidationException no documents, an unsupported form, a bad or duplicate name, an empty document
     */
    public static List<DocumentEntry> entries(Object body) {
        List<DocumentEntry> entries = new ArrayList<>();
        try {
            collect(body, entries);
            if (entries.isEmpty()) {
                throw new UmfValidationException(FIELD, "holds no document (it " + FORMS + ")");
            }
            Set<String> names = new HashSet<>();
            for (DocumentEntry entry : entries) {
                if (!names.add(entry.name().toLowerCase(Locale.ROOT))) {
                    throw new UmfValidationException(FIELD, "has two documents named " + entry.name()
                                                            + " (names must be unique, ignoring case)");
                }
                if (entry.isEmpty()) {
                    throw new UmfValidationException(FIELD, "document " + entry.name() + " is empty");
                }
            }
            return entries;
        } catch (RuntimeException e) {
            closeAll(entries);
            throw e;
        }
    }

    /** Closes the stream entries that were not read. */
    public static void closeAll(List<DocumentEntry> entries) {
        for (DocumentEntry entry : entries) {
            try {
                entry.close();
            } catch (IOException ignored) {
                // nothing more to do with a stream we gave up on
            }
        }
    }

    private static void collect(Object body, List<DocumentEntry> entries) {
        if (body instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> item : map.entrySet()) {
                entries.add(named(item.getKey(), item.getValue()));
            }
            return;
        }
        if (body instanceof Collection<?> files) {
            for (Object file : files) {
                entries.add(file(file));
            }
            return;
        }
        if (body instanceof Object[] files) {
            collect(Arrays.asList(files), entries);
            return;
        }
        Path path = pathOf(body);
        if (path != null && Files.isDirectory(path)) {
            entries.addAll(directory(path));
            return;
        }
        if (body != null && (path != null || body instanceof WrappedFile<?>)) {
            entries.add(file(body));
            return;
        }
        throw new UmfValidationException(FIELD, FORMS);
    }

    private static List<DocumentEntry> directory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(f -> DocumentEntry.of(checkedName(f.getFileName().toString()), f))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the documents of directory " + directory.getFileName(), e);
        }
    }

    /** A file element of a list: its own name. */
    private static DocumentEntry file(Object element) {
        Path path = pathOf(element);
        if (path != null) {
            if (!Files.isRegularFile(path)) {
                throw new UmfValidationException(FIELD, "document " + path.getFileName() + " is not a regular file");
            }
            return DocumentEntry.of(checkedName(path.getFileName().toString()), path);
        }
        if (element instanceof WrappedFile<?> wrapped) {
            String name = wrapped instanceof org.apache.camel.component.file.GenericFile<?> generic
                    ? generic.getFileNameOnly() : null;
            return content(checkedName(name), wrapped.getBody());
        }
        throw new UmfValidationException(FIELD, "a list of documents must hold File, Path or GenericFile elements, not "
                                                + (element == null ? "null" : element.getClass().getSimpleName()));
    }

    /** A map item: the key names the entry. */
    private static DocumentEntry named(Object key, Object value) {
        String name = checkedName(key == null ? null : key.toString());
        Path path = pathOf(value);
        if (path != null) {
            if (!Files.isRegularFile(path)) {
                throw new UmfValidationException(FIELD, "document " + name + " is not a regular file");
            }
            return DocumentEntry.of(name, path);
        }
        return content(name, value instanceof WrappedFile<?> wrapped ? wrapped.getBody() : value);
    }

    private static DocumentEntry content(String name, Object value) {
        if (value instanceof byte[] bytes) {
            return DocumentEntry.of(name, bytes);
        }
        if (value instanceof InputStream stream) {
            return DocumentEntry.of(name, stream);
        }
        Path path = pathOf(value);
        if (path != null) {
            return DocumentEntry.of(name, path);
        }
        throw new UmfValidationException(FIELD, "document " + name + " must be an InputStream, byte[], File or Path, not "
                                                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** The local file behind a File, Path or GenericFile of the file component, else {@code null}. */
    private static Path pathOf(Object value) {
        if (value instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return file.toPath();
        }
        if (value instanceof File file) {
            return file.toPath();
        }
        return value instanceof Path path ? path : null;
    }

    /** A ZIP entry name: a plain file name, no directory, no control characters. */
    static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new UmfValidationException(FIELD, "every document needs a file name");
        }
        if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
            || name.chars().anyMatch(Character::isISOControl) || name.length() > 255) {
            throw new UmfValidationException(FIELD, "document name " + printable(name)
                                                    + " must be a plain file name (no directory, at most 255 characters)");
        }
        return name;
    }

    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(80).forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return "'" + sb + (name.length() > 80 ? "...'" : "'");
    }
}
