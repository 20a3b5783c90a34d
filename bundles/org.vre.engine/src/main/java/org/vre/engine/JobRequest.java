package org.vre.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything an executor needs to run one job.
 *
 * @param environment     the container image the step names (null: none)
 * @param env             variables added to the job's environment (PATH to the tools, the lake, credentials)
 * @param timeout         the step's {@code kubernetes_job_timeout} (null: none)
 * @param memoryLimit     bytes, from {@code kubernetes_memory_limit} (0: none)
 * @param logDirectory    where {@code <job>.out} and {@code <job>.err} are written
 * @param slurmPartition  the step's {@code slurm_partition} (null: the cluster's default)
 * @param slurmTime       the step's {@code slurm_time} (null: the partition's limit)
 */
public record JobRequest(String runId, String jobId, String command, Path workspace, String environment,
        Map<String, String> env, Duration timeout, long memoryLimit, Path logDirectory, String slurmPartition,
        String slurmTime) {

    public JobRequest {
        env = Map.copyOf(env);
    }

    /** The job id as a file name ({@code fit[2]/0} becomes {@code fit_2_.0}). */
    public String fileStem() {
        return jobId.replace('/', '.').replace('[', '_').replace(']', '_');
    }

    public Path stdoutFile() {
        return logDirectory.resolve(fileStem() + ".out");
    }

    public Path stderrFile() {
        return logDirectory.resolve(fileStem() + ".err");
    }
}
