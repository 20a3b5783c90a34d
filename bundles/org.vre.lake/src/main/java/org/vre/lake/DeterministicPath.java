package org.vre.lake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Rucio's "hash" algorithm for deterministic RSEs: {@code <scope>/<h[0:2]>/<h[2:4]>/<name>} with
 * {@code h = md5("scope:name")}; {@code user.*} and {@code group.*} scopes have their dots turned into slashes.
 * Every client computes the same path, so the catalogue need not store it.
 */
public final class DeterministicPath {

    private DeterministicPath() {
    }

    /** The path relative to the protocol prefix. */
    public static String of(Did did) {
        String hash = md5Hex(did.scope() + ":" + did.name());
        String scope = did.scope();
        if (scope.startsWith("user.") || scope.startsWith("group.")) {
            scope = scope.replace('.', '/');
        }
        return scope + "/" + hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + did.name();
    }

    private static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java runtime", e);
        }
    }
}
