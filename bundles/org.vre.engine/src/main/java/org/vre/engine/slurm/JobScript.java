package org.vre.engine.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.vre.core.VreException;
import org.vre.engine.JobRequest;

/**
 * The {@code sbatch} command line and the batch script (given on sbatch's standard input) for one job: the step's
 * partition, time and memory; the job's name, log files and working folder; the engine's environment exported in
 * the script; the command run by a child bash, after which the script records its wall and CPU time and I/O.
 */
final class JobScript {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JobScript() {
    }

    static String usageFile(Staging.Placement placement, JobRequest request) {
        return placement.logDirectory() + "/" + request.fileStem() + ".usage";
    }

    static String stdoutFile(Staging.Placement placement, JobRequest request) {
        return placement.logDirectory() + "/" + request.fileStem() + ".out";
    }

    static String stderrFile(Staging.Placement placement, JobRequest request) {
        return placement.logDirectory() + "/" + request.fileStem() + ".err";
    }

    static String sbatch(JobRequest request, Staging.Placement placement) {
        List<String> args = new ArrayList<>(List.of("sbatch", "--parsable",
                "--job-name=vre-" + request.runId() + "-" + request.fileStem(),
                "--chdir=" + placement.workspace(),
                "--output=" + stdoutFile(placement, request),
                "--error=" + stderrFile(placement, request)));
        if (request.slurmPartition() != null && !request.slurmPartition().isBlank()) {
            args.add("--partition=" + request.slurmPartition());
        }
        if (request.slurmTime() != null && !request.slurmTime().isBlank()) {
            args.add("--time=" + request.slurmTime());
        }
        if (request.memoryLimit() > 0) {
            args.add("--mem=" + ((request.memoryLimit() + (1 << 20) - 1) >> 20) + "M");
        }
        return String.join(" ", args.stream().map(ClusterShell::quote).toList());
    }

    static String script(JobRequest request, Staging.Placement placement, String toolsDirectory) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        Map<String, String> env = new TreeMap<>(request.env());
        env.put("VRE_WORKSPACE", placement.workspace());
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (!NAME.matcher(e.getKey()).matches()) {
                throw new VreException("job " + request.jobId() + ": '" + e.getKey()
                        + "' cannot be an environment variable name");
            }
            s.append("export ").append(e.getKey()).append('=').append(ClusterShell.quote(e.getValue())).append('\n');
        }
        if (toolsDirectory != null) {
            s.append("export PATH=").append(ClusterShell.quote(toolsDirectory)).append(":\"$PATH\"\n");
        }
        s.append("vre_start=$EPOCHREALTIME\n");
        s.append("bash -c ").append(ClusterShell.quote(request.command())).append(" vre-job; rc=$?\n");
        s.append("{ echo \"wall $vre_start $EPOCHREALTIME\"; times; while IFS= read -r l; do printf '%s\\n' \"$l\";")
                .append(" done < /proc/$$/io; } > ").append(ClusterShell.quote(usageFile(placement, request)))
                .append(" 2>/dev/null\n");
        s.append("exit $rc\n");
        return s.toString();
    }
}
