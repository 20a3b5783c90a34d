package org.vre.cli.lake;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A verb group ({@code vre did}, {@code vre rse}...): without a sub-verb it prints its usage. */
abstract class LakeGroup implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
