package org.vre.cli;

import org.vre.core.VreVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The root of the {@code vre} command. Verbs are fixed here so later work does not collide:
 * lake verbs, workflow verbs and data verbs each live in their own package and are registered below.
 */
@Command(name = "vre",
        mixinStandardHelpOptions = true,
        versionProvider = VreCommand.Version.class,
        description = "VRE Workbench command line: the data lake, workflows and data files.",
        subcommands = {
            org.vre.cli.workflow.ValidateCommand.class, // workflows (org.vre.cli.workflow)
            org.vre.cli.data.InspectCommand.class, org.vre.cli.data.PlotCommand.class, // data (org.vre.cli.data)
        })
public final class VreCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vre " + VreVersion.get()};
        }
    }
}
