package org.vre.workflow.edit.provider;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.vre.workflow.model.Dask;
import org.vre.workflow.model.ExternalDocument;
import org.vre.workflow.model.GraphNode;
import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Option;
import org.vre.workflow.model.Outputs;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.RetentionRule;
import org.vre.workflow.model.ScatterParameter;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.Tests;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.model.WorkflowGraph;
import org.vre.workflow.model.WorkflowParameters;
import org.vre.workflow.model.Workspace;

/** The labels the tree, the outline and the diagram show for model objects. */
public final class WorkflowLabels {

    private WorkflowLabels() {
    }

    public static String text(Object object) {
        if (object instanceof Specification s) {
            return "Specification" + (s.getVersion() == null ? "" : " " + s.getVersion());
        }
        if (object instanceof Inputs i) {
            return "Inputs (" + count(i.getFiles(), "file") + ", " + count(i.getDirectories(), "directory") + ", "
                    + count(i.getParameters(), "parameter") + ")";
        }
        if (object instanceof Parameter p) {
            return p.getName() + " = " + (p.getValue() == null ? "null" : p.getValue());
        }
        if (object instanceof Option o) {
            return o.getName() + " = " + o.getValue();
        }
        if (object instanceof Workflow w) {
            String type = w.isSetType() ? w.getType().getLiteral() : "no type";
            return "Workflow (" + type + (w.getFile() == null ? "" : ": " + w.getFile()) + ")";
        }
        if (object instanceof WorkflowParameters p) {
            return "Parameter file " + p.getFile();
        }
        if (object instanceof Step s) {
            return (s.getName() == null ? "(unnamed step)" : s.getName())
                    + (s.getEnvironment() == null ? "" : " [" + s.getEnvironment() + "]");
        }
        if (object instanceof ScatterParameter s) {
            return "scatter " + s.getName() + " over " + s.getValues();
        }
        if (object instanceof Dask d) {
            return "Dask " + d.getImage();
        }
        if (object instanceof Outputs o) {
            return "Outputs (" + count(o.getFiles(), "file") + ", " + count(o.getDirectories(), "directory") + ")";
        }
        if (object instanceof Tests t) {
            return "Tests (" + count(t.getFiles(), "file") + ")";
        }
        if (object instanceof Workspace w) {
            return "Workspace" + (w.getRootPath() == null ? "" : " " + w.getRootPath());
        }
        if (object instanceof RetentionRule r) {
            return r.getPattern() + ": " + r.getDays() + " days";
        }
        if (object instanceof WorkflowGraph g) {
            return "Graph of " + g.getPath() + " (" + count(g.getNodes(), "node") + ")";
        }
        if (object instanceof GraphNode n) {
            return n.getName() + (n.isScattered() ? " (scattered)" : "")
                    + (n.getEnvironment() == null ? "" : " [" + n.getEnvironment() + "]");
        }
        if (object instanceof ExternalDocument d) {
            return "Document " + d.getPath();
        }
        return object instanceof EObject e ? e.eClass().getName() : String.valueOf(object);
    }

    private static String count(List<?> list, String noun) {
        int n = list.size();
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
