package org.vre.lake.storage.root;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.vre.core.Progress;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageEntry;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;
import org.vre.lake.storage.ThirdPartyCopyOptions;
import org.vre.lake.xrootd.DirEntry;
import org.vre.lake.xrootd.StatInfo;
import org.vre.lake.xrootd.XrootdClient;
import org.vre.lake.xrootd.XrootdException;
import org.vre.lake.xrootd.XrootdOutputStream;
import org.vre.lake.xrootd.XrootdUrl;
import org.vre.lake.xrootd.wire.Endpoint;

/**
 * {@link Storage} over the native XRootD client. A put that fails removes what it wrote; reads keep several
 * requests in flight; checksums come from the server (kXR_query); third-party copy uses XRootD TPC when the
 * destination server offers it.
 */
public final class RootStorage implements Storage {
    private static final int COPY_BUFFER = 1 << 20;

    private final XrootdClient client;
    private final Map<Endpoint, Boolean> tpcSupport = new ConcurrentHashMap<>();

    public RootStorage(XrootdClient client) {
        this.client = client;
    }

    @Override
    public Optional<StorageEntry> stat(URI uri) {
        XrootdUrl url = url(uri);
        try {
            return client.stat(url).map(stat -> entry(uri, lastSegment(url.path()), stat));
        } catch (XrootdException e) {
            throw RootFailures.of(uri, "stat failed", e);
        }
    }

    @Override
    public List<StorageEntry> list(URI directory) {
        XrootdUrl url = url(directory);
        try {
            List<StorageEntry> entries = new ArrayList<>();
            String base = url.path().endsWith("/") ? url.path() : url.path() + "/";
            for (DirEntry child : client.list(url)) {
                entries.add(entry(uri(url, base + child.name()), child.name(), child.stat()));
            }
            return entries;
        } catch (XrootdException e) {
            throw RootFailures.of(directory, "cannot list the directory", e);
        }
    }

    @Override
    public void mkdirs(URI directory) {
        try {
            client.mkdir(url(directory), true);
        } catch (XrootdException e) {
            throw RootFailures.of(directory, "cannot create the directory", e);
        }
    }

    @Override
    public long put(URI target, InputStream data, long size, Progress progress) {
        XrootdUrl url = url(target);
        boolean done = false;
        XrootdOutputStream out = null;
        try {
            out = client.openOutputStream(url);
            byte[] buffer = new byte[COPY_BUFFER];
            long written = 0;
            int n;
            while ((n = data.read(buffer)) >= 0) {
                progress.checkCancelled();
                out.write(buffer, 0, n);
                written += n;
                progress.worked(n);
            }
            out.close();
            if (size >= 0 && written != size) {
                throw new StorageException(Reason.INTEGRITY, target, "the source gave " + written
                        + " bytes, expected " + size);
            }
            done = true;
            return written;
        } catch (XrootdException e) {
            throw RootFailures.of(target, "upload failed", e);
        } catch (IOException e) {
            throw RootFailures.of(target, "upload failed", e);
        } finally {
            if (!done) {
                abandon(out, url);
            }
        }
    }

    private void abandon(XrootdOutputStream out, XrootdUrl url) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException | RuntimeException e) {
                // the upload already failed; that error is reported
            }
        }
        try {
            client.rm(url);
        } catch (XrootdException e) {
            // nothing written, or the server is gone: nothing more we can do here
        }
    }

    @Override
    public InputStream get(URI source, long offset, long length) {
        if (offset < 0) {
            throw new StorageException(Reason.REJECTED, source, "negative offset " + offset);
        }
        XrootdUrl url = url(source);
        try {
            if (length == 0) {
                if (client.stat(url).isEmpty()) {
                    throw new StorageException(Reason.NOT_FOUND, source, "no such file");
                }
                return InputStream.nullInputStream();
            }
            return new ReadStream(client.openInputStream(url, offset, length), source);
        } catch (XrootdException e) {
            throw RootFailures.of(source, "cannot read", e);
        }
    }

    /** Keeps the IOException contract of {@link Storage#get} and gives it a StorageException cause. */
    private static final class ReadStream extends FilterInputStream {
        private final URI uri;

        ReadStream(InputStream in, URI uri) {
            super(in);
            this.uri = uri;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw new IOException(e.getMessage(), RootFailures.of(uri, "reading failed", e));
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (IOException e) {
                throw new IOException(e.getMessage(), RootFailures.of(uri, "reading failed", e));
            }
        }
    }

    @Override
    public boolean delete(URI uri) {
        try {
            client.rm(url(uri));
            return true;
        } catch (XrootdException e) {
            if (e.kind() == XrootdException.Kind.NOT_FOUND) {
                return false;
            }
            throw RootFailures.of(uri, "cannot delete", e);
        }
    }

    @Override
    public void rename(URI from, URI to, boolean overwrite) {
        XrootdUrl source = url(from);
        XrootdUrl target = url(to);
        if (!source.endpoint().equals(target.endpoint())) {
            throw new StorageException(Reason.REJECTED, to, "cannot rename across servers (from " + from + ")");
        }
        try {
            if (!overwrite && client.stat(target).isPresent()) {
                throw new StorageException(Reason.ALREADY_EXISTS, to, "the target of the rename already exists");
            }
            String parent = parentPath(target.path());
            if (!parent.equals("/")) {
                client.mkdir(target.withPath(parent), true);
            }
            client.mv(source, target.path());
        } catch (XrootdException e) {
            throw RootFailures.of(from, "cannot rename to " + to, e);
        }
    }

    @Override
    public String checksum(URI uri, ChecksumAlgorithm algorithm) {
        try {
            String value = client.checksum(url(uri), algorithm.label());
            return algorithm.isWellFormed(value) ? value : null;
        } catch (XrootdException e) {
            switch (e.kind()) {
                case NOT_FOUND, CONNECTION, TIMEOUT, CANCELLED, PERMISSION_DENIED:
                    throw RootFailures.of(uri, "cannot get the " + algorithm.label() + " checksum", e);
                default:
                    return null; // the server does not compute this algorithm
            }
        }
    }

    @Override
    public boolean canThirdPartyCopy(URI source, URI destination) {
        if (!isRoot(source) || !isRoot(destination)) {
            return false;
        }
        return offersTpc(url(source)) && offersTpc(url(destination));
    }

    private boolean offersTpc(XrootdUrl server) {
        return tpcSupport.computeIfAbsent(server.endpoint(), endpoint -> {
            try {
                return client.serverConfig(server.withPath("/"), "tpc").isPresent();
            } catch (XrootdException e) {
                return false;
            }
        });
    }

    @Override
    public void thirdPartyCopy(URI source, URI destination, ThirdPartyCopyOptions options, Progress progress) {
        XrootdUrl from = url(source);
        XrootdUrl to = url(destination);
        try {
            long size = client.stat(from).map(StatInfo::size).orElse(0L);
            client.thirdPartyCopy(from, to, options.timeout());
            // XRootD TPC reports no performance markers to the client: the bytes are reported at the end.
            progress.worked(size);
        } catch (XrootdException e) {
            throw RootFailures.of(destination, "third-party copy from " + source + " failed", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    // ---- addresses -------------------------------------------------------------------------------------

    private static boolean isRoot(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("root") || scheme.equals("xroot");
    }

    private static XrootdUrl url(URI uri) {
        try {
            return XrootdUrl.of(uri);
        } catch (XrootdException e) {
            throw new StorageException(Reason.REJECTED, uri, e.getMessage(), e);
        }
    }

    private static URI uri(XrootdUrl base, String path) {
        try {
            return new URI("root", null, base.host(), base.port(), "/" + path, null, null);
        } catch (URISyntaxException e) {
            throw new StorageException(Reason.SERVER_ERROR, null, "the server listed a name that is not a valid "
                    + "path: " + path, e);
        }
    }

    private static StorageEntry entry(URI uri, String name, StatInfo stat) {
        if (stat == null) {
            return new StorageEntry(uri, name, false, -1, null);
        }
        return new StorageEntry(uri, name, stat.isDirectory(), stat.isDirectory() ? -1 : stat.size(),
                stat.modified());
    }

    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String parentPath(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
