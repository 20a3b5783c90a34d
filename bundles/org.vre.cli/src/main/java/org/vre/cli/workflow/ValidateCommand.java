package org.vre.cli.workflow;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vre.cli.JsonOption;
import org.vre.core.VreException;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.validation.Diagnostic;
import org.vre.workflow.validation.Severity;
import org.vre.workflow.validation.SpecificationValidator;
import org.vre.workflow.validation.ValidationOptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vre validate [FILE] [--json] [--format]}: checks a reana.yaml like {@code reana-client validate} and prints
 * {@code FILE:LINE:COL: severity: message} lines. Exit code 0 when there is no error (warnings allowed), 1 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a REANA specification (reana.yaml): REANA's schema, resource values, steps and their"
                + " dependencies, parameters, images, compute backends and referenced files.",
            "Prints FILE:LINE:COL: severity: message lines; exits 0 when there is no error (warnings allowed)."})
public final class ValidateCommand implements Callable<Integer> {

    static final int EXIT_INVALID = 1;

    @Parameters(index = "0", arity = "0..1", defaultValue = "reana.yaml", paramLabel = "FILE",
            description = "The specification to check (default: ./reana.yaml).")
    Path file;

    @Option(names = "--format", description = "First rewrite FILE normalised (two-space block layout, comments"
            + " kept); the file is left unchanged if that would change its meaning.")
    boolean format;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String formatNote = null;
        if (format) {
            WorkflowFile workflowFile = WorkflowFile.load(file);
            String formatted = workflowFile.formattedText();
            if (formatted.equals(workflowFile.document().text())) {
                formatNote = "already formatted";
            } else {
                workflowFile.replaceText(formatted);
                formatNote = "formatted";
            }
        }
        List<Diagnostic> diagnostics = new SpecificationValidator().validate(file, ValidationOptions.DEFAULT);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (json != null && json.json) {
            out.println(toJson(diagnostics, errors, warnings, formatNote));
        } else {
            if (formatNote != null) {
                out.println(file + ": " + formatNote);
            }
            for (Diagnostic d : diagnostics) {
                out.println(d.format());
            }
            out.println(file + ": " + (errors == 0 ? "valid" : "invalid") + " (" + errors + " error"
                    + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ")");
        }
        out.flush();
        return errors == 0 ? 0 : EXIT_INVALID;
    }

    private String toJson(List<Diagnostic> diagnostics, long errors, long warnings, String formatNote) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("valid", errors == 0);
        result.put("errors", errors);
        result.put("warnings", warnings);
        if (formatNote != null) {
            result.put("format", formatNote);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", d.file());
            item.put("line", d.line());
            item.put("column", d.column());
            item.put("severity", d.severity().label());
            item.put("code", d.code());
            item.put("message", d.message());
            items.add(item);
        }
        result.put("diagnostics", items);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new VreException("cannot write the JSON output: " + e.getOriginalMessage(), e);
        }
    }
}
