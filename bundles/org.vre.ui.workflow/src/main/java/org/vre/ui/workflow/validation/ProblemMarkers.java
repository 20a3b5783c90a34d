package org.vre.ui.workflow.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.vre.workflow.validation.Diagnostic;

/** The validation's findings as problem markers on the file (Problems view, source ruler, quick fixes). */
public final class ProblemMarkers {

    public static final String TYPE = "org.vre.ui.workflow.problem";
    /** The check that found the problem (Diagnostic#code), which the quick fixes look at. */
    public static final String CODE = "org.vre.ui.workflow.code";

    private ProblemMarkers() {
    }

    /** Replaces all our markers on {@code file} by the findings about it, in one workspace operation. */
    static void replace(IFile file, List<Diagnostic> diagnostics, String text, String source) throws CoreException {
        if (!file.exists()) {
            return;
        }
        LineOffsets lines = new LineOffsets(text);
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (Diagnostic d : diagnostics) {
                if (!d.file().equals(source)) {
                    continue; // a finding about a yadage/CWL file the workflow refers to
                }
                IMarker marker = file.createMarker(TYPE);
                marker.setAttribute(IMarker.SEVERITY, switch (d.severity()) {
                    case ERROR -> IMarker.SEVERITY_ERROR;
                    case WARNING -> IMarker.SEVERITY_WARNING;
                    case INFO -> IMarker.SEVERITY_INFO;
                });
                marker.setAttribute(IMarker.MESSAGE, d.message());
                marker.setAttribute(IMarker.LINE_NUMBER, Math.max(1, d.line()));
                int start = lines.offset(d.line(), d.column());
                marker.setAttribute(IMarker.CHAR_START, start);
                marker.setAttribute(IMarker.CHAR_END, Math.max(start + 1, lines.lineEnd(d.line())));
                marker.setAttribute(IMarker.LOCATION, "line " + d.line());
                marker.setAttribute(CODE, d.code());
            }
        }, file.getWorkspace().getRuleFactory().markerRule(file), 0, null);
    }

    /** Removes our markers from {@code file} in a job (the editor closed without saving the text they were about). */
    public static void clearLater(IFile file) {
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
                "Clearing workflow problems of " + file.getName(), monitor -> {
                    if (file.exists()) {
                        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                    }
                });
        job.setSystem(true);
        job.setRule(file.getWorkspace().getRuleFactory().markerRule(file));
        job.schedule();
    }

    /** Offsets of lines in a text, for the markers' character ranges. */
    static final class LineOffsets {
        private final String text;
        private final int[] starts;

        LineOffsets(String text) {
            this.text = text;
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        int offset(int line, int column) {
            int l = Math.max(1, Math.min(line, starts.length));
            return Math.min(text.length(), starts[l - 1] + Math.max(0, column - 1));
        }

        int lineEnd(int line) {
            int l = Math.max(1, Math.min(line, starts.length));
            return l < starts.length ? starts[l] - 1 : text.length();
        }
    }
}
