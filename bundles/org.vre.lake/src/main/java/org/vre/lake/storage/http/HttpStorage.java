package org.vre.lake.storage.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.vre.core.Progress;
import org.vre.core.VreVersion;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.ContentChecksums;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageEntry;
import org.vre.lake.storage.StorageException;
import org.vre.lake.storage.StorageException.Reason;
import org.vre.lake.storage.ThirdPartyCopyOptions;

/**
 * WebDAV over HTTP(S) with httpclient5: PUT, GET with Range, MKCOL, PROPFIND, DELETE, MOVE, checksums via
 * {@code Want-Digest} and HTTP third-party copy ({@code COPY} with {@code Source}/{@code Destination}).
 * {@code dav}/{@code davs} URIs are sent as {@code http}/{@code https}.
 */
final class HttpStorage implements Storage {

    private static final String PROPFIND_BODY = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/><D:getcontentlength/><D:getlastmodified/>"
            + "</D:prop></D:propfind>";
    private static final int KNOWN_DIRECTORIES = 10_000;

    private final StorageContext context;
    private final CloseableHttpClient client;
    /** Collections we created or saw, so uploads into one folder do not MKCOL every time. */
    private final Map<URI, Boolean> knownDirectories = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<URI, Boolean> eldest) {
                    return size() > KNOWN_DIRECTORIES;
                }
            });

    HttpStorage(StorageContext context) {
        this.context = context;
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(context.connectTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .setSocketTimeout(Timeout.of(context.readTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new LazyTlsStrategy(context.trust()))
                        .setDefaultConnectionConfig(connections)
                        .setMaxConnPerRoute(32)
                        .setMaxConnTotal(128)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(context.readTimeout().toMillis(), TimeUnit.MILLISECONDS))
                        .build())
                .disableAutomaticRetries() // retries are the transfer layer's decision, with backoff
                .disableContentCompression() // bytes must arrive as stored, for checksums and ranges
                .disableCookieManagement()
                .setUserAgent("vre-workbench/" + VreVersion.get())
                .build();
    }

    @Override
    public Optional<StorageEntry> stat(URI uri) {
        HttpUriRequestBase propfind = request("PROPFIND", uri);
        propfind.setHeader("Depth", "0");
        propfind.setEntity(new StringEntity(PROPFIND_BODY, ContentType.APPLICATION_XML));
        try (ClassicHttpResponse response = open(propfind, uri, "stat")) {
            int status = response.getCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 207) {
                List<StorageEntry> entries = Multistatus.parse(response.getEntity().getContent(), uri);
                return entries.isEmpty() ? Optional.empty() : Optional.of(withUri(entries.get(0), uri));
            }
            if (status == 405 || status == 501) {
                return statWithHead(uri); // plain HTTP server without WebDAV
            }
            throw failure(uri, "stat", response);
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(uri, "stat", e, context.trust());
        }
    }

    private Optional<StorageEntry> statWithHead(URI uri) {
        HttpUriRequestBase head = request("HEAD", uri);
        try (ClassicHttpResponse response = open(head, uri, "stat")) {
            if (response.getCode() == 404) {
                return Optional.empty();
            }
            if (response.getCode() / 100 != 2) {
                throw failure(uri, "stat", response);
            }
            Header length = response.getFirstHeader("Content-Length");
            long size = length == null ? -1 : Long.parseLong(length.getValue().trim());
            String path = uri.getPath();
            return Optional.of(new StorageEntry(uri, path.substring(path.lastIndexOf('/') + 1), false, size, null));
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(uri, "stat", e, context.trust());
        }
    }

    @Override
    public List<StorageEntry> list(URI directory) {
        URI collection = asCollection(directory);
        HttpUriRequestBase propfind = request("PROPFIND", collection);
        propfind.setHeader("Depth", "1");
        propfind.setEntity(new StringEntity(PROPFIND_BODY, ContentType.APPLICATION_XML));
        try (ClassicHttpResponse response = open(propfind, collection, "list")) {
            if (response.getCode() != 207) {
                throw failure(collection, "list", response);
            }
            List<StorageEntry> entries = Multistatus.parse(response.getEntity().getContent(), collection);
            String self = trimSlash(collection.getPath());
            entries.removeIf(e -> trimSlash(e.uri().getPath()).equals(self));
            return entries;
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(collection, "list", e, context.trust());
        }
    }

    @Override
    public void mkdirs(URI directory) {
        URI collection = asCollection(directory);
        if (knownDirectories.containsKey(collection) || "/".equals(collection.getPath())) {
            return;
        }
        int status = mkcol(collection);
        if (status == 409 || status == 404) { // a parent is missing: make it, then try again
            URI parent = collection.resolve("..");
            if (!parent.equals(collection)) {
                mkdirs(parent);
            }
            status = mkcol(collection);
        }
        if (status == 201 || status == 200 || status == 204) {
            knownDirectories.put(collection, Boolean.TRUE);
            return;
        }
        if (status == 405 || status == 301) { // exists already (as a collection, we check)
            Optional<StorageEntry> existing = stat(collection);
            if (existing.isPresent() && existing.get().directory()) {
                knownDirectories.put(collection, Boolean.TRUE);
                return;
            }
            throw new StorageException(Reason.ALREADY_EXISTS, collection, "cannot create the directory: a file is in the way");
        }
        throw HttpStatusReasons.forStatus(collection, "creating the directory", status, null, null);
    }

    private int mkcol(URI collection) {
        HttpUriRequestBase mkcol = request("MKCOL", collection);
        try (ClassicHttpResponse response = open(mkcol, collection, "creating the directory")) {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(collection, "creating the directory", e, context.trust());
        }
    }

    @Override
    public long put(URI target, InputStream data, long size, Progress progress) {
        HttpUriRequestBase put = request("PUT", target);
        StreamingEntity entity = new StreamingEntity(data, size, progress);
        put.setEntity(entity);
        try (ClassicHttpResponse response = open(put, target, "upload")) {
            int status = response.getCode();
            if (status == 409) {
                knownDirectories.remove(asCollection(target.resolve(".")));
                throw new StorageException(Reason.REJECTED, target,
                        "upload failed: HTTP 409 Conflict (the parent directory does not exist; create it first)");
            }
            if (status / 100 != 2) {
                throw failure(target, "upload", response);
            }
            EntityUtils.consume(response.getEntity());
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(target, "upload", e, context.trust());
        }
        if (size >= 0 && entity.sent() != size) {
            throw new StorageException(Reason.INTEGRITY, target,
                    "upload sent " + entity.sent() + " bytes, expected " + size);
        }
        return entity.sent();
    }

    @Override
    public InputStream get(URI source, long offset, long length) {
        HttpUriRequestBase get = request("GET", source);
        boolean ranged = offset > 0 || length >= 0;
        if (ranged) {
            get.setHeader("Range", "bytes=" + offset + "-" + (length >= 0 ? String.valueOf(offset + length - 1) : ""));
        }
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        ClassicHttpResponse response = open(get, source, "download");
        boolean handedOver = false;
        try {
            int status = response.getCode();
            if (status == 416) {
                throw new StorageException(Reason.REJECTED, source,
                        "download failed: offset " + offset + " is beyond the end of the file");
            }
            if (status != 200 && status != 206) {
                throw failure(source, "download", response);
            }
            HttpEntity entity = response.getEntity();
            long contentLength = entity == null ? 0 : entity.getContentLength();
            InputStream body = entity == null ? InputStream.nullInputStream() : entity.getContent();
            if (status == 206) {
                checkContentRange(source, response, offset);
            }
            long expected = length >= 0 ? length : contentLength;
            if (status == 200 && contentLength >= 0 && length < 0) {
                expected = contentLength - offset;
            }
            ResponseBodyStream stream = new ResponseBodyStream(body, get, response, source, expected, context.trust());
            if (status == 200 && offset > 0) { // the server ignored Range: skip to the offset ourselves
                ResponseBodyStream whole = new ResponseBodyStream(body, get, response, source, contentLength,
                        context.trust());
                if (whole.skip(offset) != offset) {
                    throw new StorageException(Reason.REJECTED, source, "offset " + offset + " is beyond the end of the file");
                }
                stream = new ResponseBodyStream(whole, get, response, source, expected, context.trust());
            }
            handedOver = true;
            return stream;
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(source, "download", e, context.trust());
        } finally {
            if (!handedOver) {
                get.cancel();
                closeQuietly(response);
            }
        }
    }

    private static void checkContentRange(URI source, ClassicHttpResponse response, long offset) {
        Header range = response.getFirstHeader("Content-Range");
        if (range == null) {
            return;
        }
        String value = range.getValue().trim(); // bytes 100-199/1000
        int space = value.indexOf(' ');
        int dash = value.indexOf('-');
        if (space < 0 || dash < space) {
            return;
        }
        long start = Long.parseLong(value.substring(space + 1, dash).trim());
        if (start != offset) {
            throw new StorageException(Reason.INTEGRITY, source,
                    "the server sent bytes from " + start + " when asked for " + offset);
        }
    }

    @Override
    public boolean delete(URI uri) {
        HttpUriRequestBase delete = request("DELETE", uri);
        try (ClassicHttpResponse response = open(delete, uri, "delete")) {
            int status = response.getCode();
            if (status == 404) {
                return false;
            }
            if (status / 100 != 2) {
                throw failure(uri, "delete", response);
            }
            EntityUtils.consume(response.getEntity());
            return true;
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(uri, "delete", e, context.trust());
        }
    }

    @Override
    public void rename(URI from, URI to, boolean overwrite) {
        int status = move(from, to, overwrite);
        if (status == 409) { // parent of the target missing
            mkdirs(to.resolve("."));
            status = move(from, to, overwrite);
        }
        if (status == 412) {
            throw new StorageException(Reason.ALREADY_EXISTS, to, "the target of the rename already exists");
        }
        if (status / 100 != 2) {
            throw HttpStatusReasons.forStatus(from, "rename to " + to, status, null, null);
        }
    }

    private int move(URI from, URI to, boolean overwrite) {
        HttpUriRequestBase move = request("MOVE", from);
        move.setHeader("Destination", wire(to).toASCIIString());
        move.setHeader("Overwrite", overwrite ? "T" : "F");
        try (ClassicHttpResponse response = open(move, from, "rename")) {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(from, "rename", e, context.trust());
        }
    }

    @Override
    public String checksum(URI uri, ChecksumAlgorithm algorithm) {
        HttpUriRequestBase head = request("HEAD", uri);
        head.setHeader("Want-Digest", algorithm.label());
        try (ClassicHttpResponse response = open(head, uri, "checksum")) {
            if (response.getCode() == 404) {
                throw new StorageException(Reason.NOT_FOUND, uri, "checksum failed: no such file");
            }
            if (response.getCode() / 100 != 2) {
                return null; // the server cannot tell; not an error
            }
            for (Header digest : response.getHeaders("Digest")) {
                String value = parseDigest(digest.getValue(), algorithm);
                if (value != null) {
                    return value;
                }
            }
            return null;
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(uri, "checksum", e, context.trust());
        }
    }

    /** Reads RFC 3230 {@code Digest: adler32=0a1b2c3d, md5=<base64>} into the lake's lower-case hex form. */
    static String parseDigest(String header, ChecksumAlgorithm algorithm) {
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0 || !part.substring(0, eq).trim().equalsIgnoreCase(algorithm.label())) {
                continue;
            }
            String value = part.substring(eq + 1).trim();
            if (algorithm == ChecksumAlgorithm.ADLER32) {
                try {
                    return ContentChecksums.formatAdler32(Long.parseLong(value, 16));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            String lower = value.toLowerCase(Locale.ROOT);
            if (algorithm.isWellFormed(lower)) {
                return lower;
            }
            try {
                byte[] raw = Base64.getDecoder().decode(value);
                return raw.length == 16 ? HexFormat.of().formatHex(raw) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> HTTP_SCHEMES = Set.of("http", "https", "dav", "davs");

    @Override
    public boolean canThirdPartyCopy(URI source, URI destination) {
        return source.getScheme() != null && destination.getScheme() != null
                && HTTP_SCHEMES.contains(source.getScheme().toLowerCase(Locale.ROOT))
                && HTTP_SCHEMES.contains(destination.getScheme().toLowerCase(Locale.ROOT));
    }

    @Override
    public void thirdPartyCopy(URI source, URI destination, ThirdPartyCopyOptions options, Progress progress) {
        boolean pull = options.mode() == ThirdPartyCopyOptions.Mode.PULL;
        URI active = pull ? destination : source;
        HttpUriRequestBase copy = request("COPY", active);
        copy.setHeader(pull ? "Source" : "Destination", wire(pull ? source : destination).toASCIIString());
        copy.setHeader("Credential", options.credential());
        copy.setHeader("Overwrite", "T");
        options.transferHeaders().forEach((name, value) -> copy.setHeader("TransferHeader" + name, value));
        copy.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(options.timeout().toMillis(), TimeUnit.MILLISECONDS)).build());
        try (ClassicHttpResponse response = open(copy, active, "third-party copy")) {
            int status = response.getCode();
            if (status != 201 && status != 202 && status != 200) {
                throw failure(active, "third-party copy from " + source, response);
            }
            HttpEntity entity = response.getEntity();
            if (entity == null) {
                return; // a plain 201 without markers: done
            }
            ThirdPartyCopyReply.read(entity.getContent(), active, progress);
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(active, "third-party copy", e, context.trust());
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    private HttpUriRequestBase request(String method, URI uri) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, wire(uri));
        context.credentials().bearerToken(uri).ifPresent(token -> request.setHeader("Authorization", "Bearer " + token));
        return request;
    }

    private ClassicHttpResponse open(HttpUriRequestBase request, URI uri, String action) {
        try {
            return client.executeOpen(null, request, null);
        } catch (IOException e) {
            throw HttpStatusReasons.forIo(uri, action, e, context.trust());
        }
    }

    private static StorageException failure(URI uri, String action, ClassicHttpResponse response) {
        String body = null;
        try {
            HttpEntity entity = response.getEntity();
            if (entity != null && entity.getContentLength() < 65536) {
                body = EntityUtils.toString(entity, StandardCharsets.UTF_8);
            }
        } catch (IOException | org.apache.hc.core5.http.ParseException e) {
            body = null; // the status says enough
        }
        return HttpStatusReasons.forStatus(uri, action, response.getCode(), response.getReasonPhrase(), body);
    }

    /** {@code dav(s)://} as {@code http(s)://}; the rest of the URI untouched. */
    static URI wire(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String ascii = uri.toASCIIString();
        if (scheme.equals("davs")) {
            return URI.create("https" + ascii.substring(4));
        }
        if (scheme.equals("dav")) {
            return URI.create("http" + ascii.substring(3));
        }
        return uri;
    }

    private static URI asCollection(URI uri) {
        String text = uri.toASCIIString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    private static StorageEntry withUri(StorageEntry entry, URI uri) {
        return new StorageEntry(uri, entry.name(), entry.directory(), entry.size(), entry.modified());
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // already failing
        }
    }
}
