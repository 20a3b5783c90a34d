package org.vre.workflow.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vre.workflow.model.ExternalDocument;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.model.WorkflowGraph;
import org.vre.workflow.model.WorkflowType;
import org.vre.workflow.validation.Diagnostic;
import org.vre.workflow.yaml.YamlDocument;
import org.vre.workflow.yaml.YamlLimits;

/**
 * Loads what {@code workflow.file} refers to, for showing (read-only): yadage and CWL files become a
 * {@link WorkflowGraph} of stages/steps and their dependencies; a Snakefile is kept as an {@link ExternalDocument}.
 * Problems inside the referenced files come back as diagnostics; a missing {@code workflow.file} itself is
 * reported by the validator.
 */
public final class ExternalWorkflowLoader {

    private final YamlLimits limits;
    private final WorkflowFactory factory;

    public ExternalWorkflowLoader(YamlLimits limits, WorkflowFactory factory) {
        this.limits = limits;
        this.factory = factory;
    }

    public ExternalWorkflowLoader() {
        this(YamlLimits.DEFAULT, WorkflowFactory.eINSTANCE);
    }

    /**
     * Sets {@code workflow.graph} or {@code workflow.document} from the referenced file (relative to
     * {@code baseDirectory}); returns the problems found in referenced files.
     */
    public List<Diagnostic> load(Workflow workflow, Path baseDirectory, String specificationName) {
        ReferencedFiles files = new ReferencedFiles(limits, specificationName);
        if (workflow == null || !workflow.isSetType() || workflow.getType() == WorkflowType.SERIAL) {
            return files.problems();
        }
        String fileName = workflow.getFile();
        if (fileName == null || baseDirectory == null) {
            return files.problems();
        }
        Path path = baseDirectory.resolve(fileName);
        if (!Files.isRegularFile(path)) {
            return files.problems();
        }
        if (workflow.getType() == WorkflowType.SNAKEMAKE) {
            ExternalDocument document = factory.createExternalDocument();
            document.setPath(fileName);
            try {
                document.setText(Files.readString(path));
            } catch (IOException | java.io.UncheckedIOException e) {
                files.problem(specificationName, null, "cannot read '" + fileName + "': " + e.getMessage());
            }
            workflow.setDocument(document);
            return files.problems();
        }
        WorkflowGraph graph = factory.createWorkflowGraph();
        graph.setPath(fileName);
        YamlDocument document = files.load(path, specificationName, null);
        if (document != null && document.root() != null) {
            if (workflow.getType() == WorkflowType.YADAGE) {
                new YadageGraphReader(files, factory, graph, path, baseDirectory).readWorkflow(document.root(), path, "", null, 0);
            } else {
                new CwlGraphReader(files, factory, graph).read(document.root(), path);
            }
        }
        workflow.setGraph(graph);
        return files.problems();
    }
}
