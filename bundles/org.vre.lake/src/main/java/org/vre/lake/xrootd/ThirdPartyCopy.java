package org.vre.lake.xrootd;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import org.vre.lake.xrootd.XrootdException.Kind;

/**
 * XRootD native third-party copy (TPC v1): the destination server pulls the file from the source server,
 * the bytes never pass through this client. The client opens the destination with the rendezvous key and
 * the source's address ({@code tpc.key}, {@code tpc.src}, {@code tpc.lfn}, {@code tpc.stage=copy}), starts
 * the copy with kXR_sync, authorises the pull by opening the source with the same key and the destination's
 * name ({@code tpc.dst}), then waits on a second kXR_sync until the copy ends and checks the size.
 * Both servers must be configured with {@code ofs.tpc pgm /usr/bin/xrdcp --server}.
 */
final class ThirdPartyCopy {
    private final XrootdClient client;
    private final XrootdUrl source;
    private final XrootdUrl destination;
    private final Duration timeout;

    ThirdPartyCopy(XrootdClient client, XrootdUrl source, XrootdUrl destination, Duration timeout) {
        this.client = client;
        this.source = source;
        this.destination = destination;
        this.timeout = timeout;
    }

    void run() {
        StatInfo sourceStat = client.stat(source).orElseThrow(() -> new XrootdException(Kind.NOT_FOUND,
                source + ": third-party copy source does not exist"));
        requireTpc(destination, "destination");
        requireTpc(source, "source");
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        String sourceAuthority = authority(source);
        XrootdUrl pulling = new XrootdUrl(destination.host(), destination.port(), destination.path(),
                XrootdClient.join(destination.opaque(), "tpc.key=" + key + "&tpc.src=" + sourceAuthority
                        + "&tpc.lfn=" + source.path() + "&tpc.stage=copy&tpc.spr=root&tpc.tpr=root&tpc.str=1"
                        + "&oss.asize=" + sourceStat.size()));
        boolean copied = false;
        XrootdFile target = client.open(pulling, OpenMode.REPLACE);
        try {
            target.sync(timeout); // arms the copy on the destination
            String destinationHost = target.url().host();
            XrootdUrl authorising = new XrootdUrl(source.host(), source.port(), source.path(),
                    XrootdClient.join(source.opaque(), "tpc.dst=" + bracketed(destinationHost) + "&tpc.key=" + key
                            + "&tpc.stage=copy"));
            // Held open, unused: opening the source with the key is what authorises the pull.
            try (XrootdFile origin = client.open(authorising, OpenMode.READ)) {
                target.sync(timeout); // runs until the destination has pulled everything
                long copiedSize = target.stat().size();
                if (copiedSize != sourceStat.size()) {
                    throw new XrootdException(Kind.PROTOCOL, destination + ": third-party copy ended with "
                            + copiedSize + " bytes, the source has " + sourceStat.size());
                }
            }
            target.close();
            copied = true;
        } finally {
            if (!copied) {
                cleanUp(target);
            }
        }
    }

    private void requireTpc(XrootdUrl server, String role) {
        if (client.serverConfig(server.withPath("/"), "tpc").isEmpty()) {
            throw new XrootdException(Kind.UNSUPPORTED, server + ": the " + role + " server does not offer "
                    + "third-party copy (no ofs.tpc in its configuration)");
        }
    }

    private void cleanUp(XrootdFile target) {
        try {
            target.close();
        } catch (XrootdException e) {
            // the copy already failed; that error is the one to report
        }
        try {
            client.rm(destination.withPath(destination.path()));
        } catch (XrootdException e) {
            // nothing was left, or it cannot be removed: the caller sees the copy error either way
        }
    }

    private static String authority(XrootdUrl url) {
        return bracketed(url.host()) + ":" + url.port();
    }

    private static String bracketed(String host) {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }
}
