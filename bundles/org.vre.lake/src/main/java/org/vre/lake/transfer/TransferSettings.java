package org.vre.lake.transfer;

import java.time.Duration;

/**
 * Limits and choices shared by uploads, downloads and replication.
 *
 * @param transferTimeout the longest one file may take (Rucio's {@code --transfer-timeout})
 * @param minimumSpeed bytes per second below which a transfer is aborted after {@code speedGrace}
 *        (Rucio's {@code --transfer-speed-timeout}); 0 disables the check
 * @param speedGrace how long a transfer may be slow at its start (connection set-up, TCP ramp-up)
 * @param parallelFiles how many files move at the same time
 * @param attemptsPerReplica how often a download resumes on the same replica after a broken connection
 * @param backoff the first wait before retrying a failed replication; it doubles per attempt
 * @param verifyChecksums false only on explicit request (Rucio's {@code --ignore-checksum}); size is still checked
 * @param computeMd5 whether md5 is computed next to adler32 (it costs about four times adler32's CPU)
 * @param thirdPartyCopy whether server-to-server copies are tried where both ends allow them
 */
public record TransferSettings(Duration transferTimeout, long minimumSpeed, Duration speedGrace, int parallelFiles,
        int attemptsPerReplica, Duration backoff, boolean verifyChecksums, boolean computeMd5, boolean thirdPartyCopy) {

    public TransferSettings {
        if (parallelFiles < 1) {
            throw new org.vre.core.VreException("parallel files must be at least 1, got " + parallelFiles);
        }
        if (minimumSpeed < 0) {
            throw new org.vre.core.VreException("minimum speed must not be negative, got " + minimumSpeed);
        }
        attemptsPerReplica = Math.max(1, attemptsPerReplica);
    }

    /** One hour per file, no minimum speed, 3 files at a time, 3 attempts per replica, 2 s backoff, md5 on. */
    public static TransferSettings defaults() {
        return new TransferSettings(Duration.ofHours(1), 0, Duration.ofSeconds(10), 3, 3, Duration.ofSeconds(2), true,
                true, true);
    }

    public TransferSettings withTransferTimeout(Duration timeout) {
        return new TransferSettings(timeout, minimumSpeed, speedGrace, parallelFiles, attemptsPerReplica, backoff,
                verifyChecksums, computeMd5, thirdPartyCopy);
    }

    public TransferSettings withMinimumSpeed(long bytesPerSecond, Duration grace) {
        return new TransferSettings(transferTimeout, bytesPerSecond, grace, parallelFiles, attemptsPerReplica, backoff,
                verifyChecksums, computeMd5, thirdPartyCopy);
    }

    public TransferSettings withParallelFiles(int files) {
        return new TransferSettings(transferTimeout, minimumSpeed, speedGrace, files, attemptsPerReplica, backoff,
                verifyChecksums, computeMd5, thirdPartyCopy);
    }

    public TransferSettings withBackoff(Duration first) {
        return new TransferSettings(transferTimeout, minimumSpeed, speedGrace, parallelFiles, attemptsPerReplica, first,
                verifyChecksums, computeMd5, thirdPartyCopy);
    }

    public TransferSettings withVerifyChecksums(boolean verify) {
        return new TransferSettings(transferTimeout, minimumSpeed, speedGrace, parallelFiles, attemptsPerReplica, backoff,
                verify, computeMd5, thirdPartyCopy);
    }

    public TransferSettings withThirdPartyCopy(boolean tpc) {
        return new TransferSettings(transferTimeout, minimumSpeed, speedGrace, parallelFiles, attemptsPerReplica, backoff,
                verifyChecksums, computeMd5, tpc);
    }

    public TransferSettings withComputeMd5(boolean md5) {
        return new TransferSettings(transferTimeout, minimumSpeed, speedGrace, parallelFiles, attemptsPerReplica, backoff,
                verifyChecksums, md5, thirdPartyCopy);
    }
}
