package org.vre.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Writes the command-line reference (every command's usage help, as Markdown) from the picocli model,
 * so docs/CLI.md cannot drift from the code. The build runs it through CliReferenceTest.
 */
public final class CliReference {

    private CliReference() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/CLI.md");
        Files.writeString(out, markdown(), StandardCharsets.UTF_8);
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# `vre` command reference\n\n")
                .append("Generated from the code by `org.vre.cli.CliReference` (the build regenerates it).\n")
                .append("Every command takes `--json`; machine output uses `Locale.ROOT` and UTC.\n");
        append(out, Main.newCommandLine(), "vre");
        return out.toString();
    }

    private static void append(StringBuilder out, CommandLine command, String path) {
        out.append("\n## `").append(path).append("`\n\n```\n")
                .append(command.getUsageMessage(Ansi.OFF).stripTrailing())
                .append("\n```\n");
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().name().equals(name)) { // aliases appear once, under their command
                append(out, sub, path + " " + name);
            }
        });
    }
}
