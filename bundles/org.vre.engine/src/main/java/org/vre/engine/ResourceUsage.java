package org.vre.engine;

/**
 * What a job used. Times in milliseconds, sizes in bytes; -1 when the executor could not measure it
 * (a job killed before it reported, or a backend without accounting).
 */
public record ResourceUsage(long wallMillis, long cpuMillis, long peakRssBytes, long readBytes, long writtenBytes) {

    public static final ResourceUsage UNKNOWN = new ResourceUsage(-1, -1, -1, -1, -1);

    public ResourceUsage withWall(long millis) {
        return new ResourceUsage(millis, cpuMillis, peakRssBytes, readBytes, writtenBytes);
    }
}
