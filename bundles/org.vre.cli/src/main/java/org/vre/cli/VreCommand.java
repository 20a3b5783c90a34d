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
            org.vre.cli.lake.WhoamiCommand.class, org.vre.cli.lake.AccountCommand.class, org.vre.cli.lake.ScopeCommand.class, org.vre.cli.lake.DidCommand.class, org.vre.cli.lake.RseCommand.class, org.vre.cli.lake.ReplicaCommand.class, org.vre.cli.lake.RuleCommand.class, org.vre.cli.lake.SubscriptionCommand.class, // lake (org.vre.cli.lake)
            org.vre.cli.transfer.UploadCommand.class, org.vre.cli.transfer.GetCommand.class, org.vre.cli.transfer.TransfersCommand.class, // transfers (org.vre.cli.transfer)
            org.vre.cli.workflow.ValidateCommand.class, // workflows (org.vre.cli.workflow)
            org.vre.cli.run.RunCommand.class, org.vre.cli.run.StatusCommand.class, org.vre.cli.run.LogsCommand.class, org.vre.cli.run.StopCommand.class, org.vre.cli.run.RestartCommand.class, org.vre.cli.run.OutputsCommand.class, org.vre.cli.run.RunsCommand.class, org.vre.cli.run.SampleCommand.class, // runs (org.vre.cli.run)
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
            return new String[] {text()};
        }

        static String text() {
            return "vre " + VreVersion.get();
        }
    }
}
