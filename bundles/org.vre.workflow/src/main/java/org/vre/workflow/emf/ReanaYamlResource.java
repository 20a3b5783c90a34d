package org.vre.workflow.emf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.vre.core.VreException;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.model.Specification;
import org.vre.workflow.yaml.YamlLimits;

/**
 * An EMF resource holding one reana.yaml: loading keeps the text, saving writes minimal edits into it
 * (see {@link WorkflowFile}). Editors use it through a ResourceSet and an editing domain.
 */
public final class ReanaYamlResource extends ResourceImpl {

    private WorkflowFile file;

    public ReanaYamlResource(URI uri) {
        super(uri);
    }

    /** The file behind the resource (null before it is loaded or first saved). */
    public WorkflowFile workflowFile() {
        return file;
    }

    @Override
    protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
        byte[] bytes = in.readNBytes(YamlLimits.DEFAULT.maxChars() * 2 + 1);
        if (bytes.length > YamlLimits.DEFAULT.maxChars() * 2) {
            throw new VreException(name() + ":1:1: the file is too large");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new VreException(name() + ": not a UTF-8 text file");
        }
        file = WorkflowFile.parse(localPath(), name(), text, YamlLimits.DEFAULT);
        getContents().add(file.specification());
    }

    @Override
    protected void doSave(OutputStream out, Map<?, ?> options) throws IOException {
        Specification root = getContents().isEmpty() ? null : (Specification) getContents().get(0);
        if (root == null) {
            throw new VreException(name() + ": nothing to save: the resource holds no specification");
        }
        if (file == null || file.specification() != root) {
            file = WorkflowFile.create(localPath(), root);
        }
        String text = file.toText();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        file.saved(text);
    }

    private Path localPath() {
        URI uri = getURI();
        return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
    }

    private String name() {
        return getURI() == null ? "<resource>" : getURI().isFile() ? getURI().toFileString() : getURI().toString();
    }
}
