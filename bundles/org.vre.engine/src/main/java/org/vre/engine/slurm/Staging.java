package org.vre.engine.slurm;

import org.vre.engine.JobRequest;

/**
 * Where a job's workspace and logs are on the cluster, and how they get there and back: the same folders when Slurm
 * runs on this host ({@link #SAME_HOST}), copies synchronised over SSH for a login node ({@link RemoteWorkspace}).
 */
public interface Staging {

    /** The cluster-side folders of a job. */
    record Placement(String workspace, String logDirectory) {
    }

    /** Makes the run's workspace current on the cluster before the job is submitted. */
    Placement before(JobRequest request);

    /** Brings back what the job wrote (outputs, logs) after it ended. */
    void after(JobRequest request, Placement placement);

    /** The cluster shares this host's folders: nothing to copy. */
    Staging SAME_HOST = new Staging() {
        @Override
        public Placement before(JobRequest request) {
            try {
                java.nio.file.Files.createDirectories(request.logDirectory());
            } catch (java.io.IOException e) {
                throw new org.vre.core.VreException("cannot create " + request.logDirectory() + ": " + e.getMessage());
            }
            return new Placement(request.workspace().toString(), request.logDirectory().toString());
        }

        @Override
        public void after(JobRequest request, Placement placement) {
            // Slurm wrote into the run's own folders
        }
    };
}
