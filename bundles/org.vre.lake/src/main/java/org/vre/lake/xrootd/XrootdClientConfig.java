package org.vre.lake.xrootd;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How an {@link XrootdClient} behaves.
 *
 * @param connectTimeout limit for TCP connect plus handshake and login
 * @param requestTimeout limit for an answer to one request (extended by the server's kXR_waitresp)
 * @param maxWait limit for the total time a request may spend honouring kXR_wait before it fails
 * @param chunkSize bytes per kXR_read / kXR_write request
 * @param pipelineDepth reads or writes kept in flight per open file
 * @param connectionsPerServer connections pooled per host:port (requests are multiplexed on each)
 * @param maxResponseBytes largest answer accepted for anything but a read (directory listings, errors)
 * @param security authentication protocols offered, in order of preference (empty: anonymous only)
 * @param userName the name sent in kXR_login (at most 8 characters are used)
 */
public record XrootdClientConfig(Duration connectTimeout, Duration requestTimeout, Duration maxWait, int chunkSize,
        int pipelineDepth, int connectionsPerServer, int maxResponseBytes, List<SecurityProtocol> security,
        String userName) {

    /** The largest chunk: the protocol's length fields are signed 32-bit, servers cap far lower. */
    public static final int MAX_CHUNK = 64 << 20;

    public XrootdClientConfig {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(maxWait, "maxWait");
        security = List.copyOf(security);
        Objects.requireNonNull(userName, "userName");
        if (chunkSize < 1 || chunkSize > MAX_CHUNK) {
            throw new IllegalArgumentException("chunkSize must be 1.." + MAX_CHUNK + ": " + chunkSize);
        }
        if (pipelineDepth < 1 || pipelineDepth > 64) {
            throw new IllegalArgumentException("pipelineDepth must be 1..64: " + pipelineDepth);
        }
        if (connectionsPerServer < 1) {
            throw new IllegalArgumentException("connectionsPerServer must be at least 1");
        }
        if (maxResponseBytes < 4096) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 4096");
        }
    }

    /** 10 s connect, 60 s per answer, 10 min of kXR_wait, 8 MiB chunks, 4 in flight, 4 connections, 256 MiB. */
    public static XrootdClientConfig defaults() {
        return new XrootdClientConfig(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(10),
                8 << 20, 4, 4, 256 << 20, List.of(UnixSecurity.currentUser()),
                System.getProperty("user.name", "vre"));
    }

    public XrootdClientConfig withTimeouts(Duration connect, Duration request) {
        return new XrootdClientConfig(connect, request, maxWait, chunkSize, pipelineDepth, connectionsPerServer,
                maxResponseBytes, security, userName);
    }

    public XrootdClientConfig withMaxWait(Duration newMaxWait) {
        return new XrootdClientConfig(connectTimeout, requestTimeout, newMaxWait, chunkSize, pipelineDepth,
                connectionsPerServer, maxResponseBytes, security, userName);
    }

    public XrootdClientConfig withTransfer(int newChunkSize, int newPipelineDepth) {
        return new XrootdClientConfig(connectTimeout, requestTimeout, maxWait, newChunkSize, newPipelineDepth,
                connectionsPerServer, maxResponseBytes, security, userName);
    }

    public XrootdClientConfig withMaxResponseBytes(int limit) {
        return new XrootdClientConfig(connectTimeout, requestTimeout, maxWait, chunkSize, pipelineDepth,
                connectionsPerServer, limit, security, userName);
    }

    public XrootdClientConfig withSecurity(List<SecurityProtocol> protocols) {
        return new XrootdClientConfig(connectTimeout, requestTimeout, maxWait, chunkSize, pipelineDepth,
                connectionsPerServer, maxResponseBytes, protocols, userName);
    }
}
