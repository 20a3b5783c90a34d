package org.vre.workflow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vre.core.VreException;
import org.vre.workflow.internal.MinimalEditWriter;
import org.vre.workflow.internal.SourceBinding;
import org.vre.workflow.internal.SpecificationReader;
import org.vre.workflow.internal.YamlFormatter;
import org.vre.workflow.internal.YamlKeys;
import org.vre.workflow.model.Located;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.yaml.YamlDocument;
import org.vre.workflow.yaml.YamlLimits;
import org.vre.workflow.yaml.YamlTreeParser;

/**
 * A reana.yaml file held as its exact text plus the model read from it. Saving writes minimal edits into the text:
 * a file saved without model changes is byte-identical; after a change, key order, comments, unknown keys and
 * untouched formatting survive.
 */
public final class WorkflowFile {

    private final Path path;
    private final String source;
    private final YamlLimits limits;
    private final Specification specification;
    private YamlDocument document;

    private WorkflowFile(Path path, String source, YamlLimits limits, YamlDocument document,
            Specification specification) {
        this.path = path;
        this.source = source;
        this.limits = limits;
        this.document = document;
        this.specification = specification;
    }

    /** Reads a reana.yaml; a file that is not UTF-8, not YAML or over the limits gives a {@link VreException}. */
    public static WorkflowFile load(Path path) {
        return load(path, YamlLimits.DEFAULT);
    }

    public static WorkflowFile load(Path path, YamlLimits limits) {
        String text = readText(path, limits);
        return parse(path, path.toString(), text, limits);
    }

    /** Reads specification text; {@code path} (may be null) is where relative references are resolved. */
    public static WorkflowFile parse(Path path, String source, String text, YamlLimits limits) {
        YamlDocument document = new YamlTreeParser(limits).parse(source, text);
        return new WorkflowFile(path, source, limits, document, new SpecificationReader().read(document));
    }

    public static WorkflowFile parse(String source, String text) {
        return parse(null, source, text, YamlLimits.DEFAULT);
    }

    /** A new file for a specification made in memory; it gets its text on the first save. */
    public static WorkflowFile create(Path path, Specification specification) {
        return new WorkflowFile(path, path == null ? "<new>" : path.toString(), YamlLimits.DEFAULT, null,
                specification);
    }

    public static WorkflowFile create(Path path) {
        return create(path, WorkflowFactory.eINSTANCE.createSpecification());
    }

    public Specification specification() {
        return specification;
    }

    /** The parsed text as last read or saved (null for a file not yet saved). */
    public YamlDocument document() {
        return document;
    }

    public Path path() {
        return path;
    }

    /** The name used in messages (the path as given). */
    public String source() {
        return source;
    }

    /** The folder relative paths in the specification are resolved against (null when unknown). */
    public Path baseDirectory() {
        return path == null ? null : path.toAbsolutePath().getParent();
    }

    /** The text the file would have if saved now. */
    public String toText() {
        return MinimalEditWriter.write(document, specification);
    }

    /** The text normalised (two-space indentation, block style, comments kept); the model is not involved. */
    public String formattedText() {
        if (document == null) {
            return toText();
        }
        return new YamlFormatter(limits).format(document);
    }

    /** Saves to {@link #path()} through a temporary file and a rename, so a failure leaves the old file intact. */
    public void save() {
        if (path == null) {
            throw new VreException(source + ": nowhere to save: the file has no path");
        }
        String text = toText();
        writeAtomically(path, text);
        rebind(text);
    }

    /** Replaces the file's text with {@code text} (for example the formatted text) after checking it parses. */
    public void replaceText(String text) {
        YamlDocument replacement = new YamlTreeParser(limits).parse(source, text);
        if (path != null) {
            writeAtomically(path, text);
        }
        document = replacement;
        rebindTo(replacement);
    }

    /** Records that {@code text} (from {@link #toText()}) was written elsewhere, e.g. through an EMF resource. */
    public void saved(String text) {
        rebind(text);
    }

    private void rebind(String text) {
        document = new YamlTreeParser(limits).parse(source, text);
        rebindTo(document);
    }

    /** Points the model's objects at the new text, so later saves edit it; objects keep their identity. */
    private void rebindTo(YamlDocument newDocument) {
        Specification fresh = new SpecificationReader().read(newDocument);
        transferBindings(specification, fresh);
    }

    private static void transferBindings(EObject target, EObject fresh) {
        target.eAdapters().removeIf(SourceBinding.class::isInstance);
        SourceBinding binding = SourceBinding.of(fresh);
        if (binding != null) {
            fresh.eAdapters().remove(binding);
            target.eAdapters().add(binding);
        }
        if (target instanceof Located t && fresh instanceof Located f) {
            t.setLine(f.getLine());
            t.setColumn(f.getColumn());
        }
        for (EStructuralFeature feature : YamlKeys.savedFeatures(target.eClass())) {
            if (feature instanceof EReference reference && reference.isContainment()) {
                if (reference.isMany()) {
                    List<?> a = (List<?>) target.eGet(reference);
                    List<?> b = (List<?>) fresh.eGet(reference);
                    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                        transferBindings((EObject) a.get(i), (EObject) b.get(i));
                    }
                } else if (target.eGet(reference) instanceof EObject a && fresh.eGet(reference) instanceof EObject b) {
                    transferBindings(a, b);
                }
            }
        }
    }

    static String readText(Path path, YamlLimits limits) {
        try {
            long size = Files.size(path);
            if (size > (long) limits.maxChars() * 2) {
                throw new VreException(path + ":1:1: the file is too large (" + size + " bytes, at most "
                        + limits.maxChars() + " characters are read)");
            }
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new VreException(path + ": no such file");
        } catch (CharacterCodingException e) {
            throw new VreException(path + ": not a UTF-8 text file");
        } catch (IOException e) {
            throw new VreException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    static void writeAtomically(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (Files.exists(absolute)) {
                // the temporary file is private (0600): give the result the permissions the file had
                try {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(absolute));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: nothing to keep
                }
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new VreException(target + ": cannot save: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the message above already tells what failed
                }
            }
        }
    }
}
