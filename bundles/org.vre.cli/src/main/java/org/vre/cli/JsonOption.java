package org.vre.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch every command takes; machine output uses Locale.ROOT and UTC. */
public final class JsonOption {

    @Option(names = "--json", description = "Print machine-readable JSON (Locale.ROOT, times in UTC).")
    public boolean json;
}
