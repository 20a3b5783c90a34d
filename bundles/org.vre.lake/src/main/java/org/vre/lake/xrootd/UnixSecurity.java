package org.vre.lake.xrootd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * XRootD's {@code unix} security protocol: the client states its user and group names; the server trusts
 * them (meant for trusted networks). Credentials are {@code "unix\0user group\0"}.
 */
public final class UnixSecurity implements SecurityProtocol {
    private final String user;
    private final String group;

    public UnixSecurity(String user, String group) {
        this.user = Objects.requireNonNull(user, "user");
        this.group = group;
        if (user.isBlank() || user.contains(" ") || user.indexOf(0) >= 0) {
            throw new IllegalArgumentException("user name must be one word: '" + user + "'");
        }
    }

    /** The user running this JVM and no group. */
    public static UnixSecurity currentUser() {
        return new UnixSecurity(System.getProperty("user.name", "nobody"), null);
    }

    @Override
    public String name() {
        return "unix";
    }

    @Override
    public byte[] initialCredentials(String host, String serverParameters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("unix".getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        out.writeBytes(user.getBytes(StandardCharsets.UTF_8));
        if (group != null && !group.isBlank()) {
            out.write(' ');
            out.writeBytes(group.getBytes(StandardCharsets.UTF_8));
        }
        out.write(0);
        return out.toByteArray();
    }
}
