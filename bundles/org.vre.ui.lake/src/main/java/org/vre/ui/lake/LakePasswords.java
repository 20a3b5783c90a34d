package org.vre.ui.lake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.vre.core.VreException;

/**
 * Passwords of PostgreSQL catalogues, in Eclipse's secure storage (encrypted, never in the preference files),
 * one node per catalogue URL.
 */
final class LakePasswords {

    private static final String KEY = "password";

    private LakePasswords() {
    }

    static String get(String jdbcUrl) {
        try {
            return node(jdbcUrl).get(KEY, null);
        } catch (StorageException e) {
            throw new VreException("cannot read the password of " + jdbcUrl + " from the secure storage: " + e.getMessage());
        }
    }

    static void put(String jdbcUrl, String password) {
        try {
            ISecurePreferences node = node(jdbcUrl);
            if (password == null || password.isEmpty()) {
                node.remove(KEY);
            } else {
                node.put(KEY, password, true);
            }
            node.flush();
        } catch (StorageException | java.io.IOException e) {
            throw new VreException("cannot save the password of " + jdbcUrl + " in the secure storage: " + e.getMessage());
        }
    }

    /** Node names may not contain '/', URLs do: the node is named by the URL's SHA-256. */
    private static ISecurePreferences node(String jdbcUrl) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(jdbcUrl.getBytes(StandardCharsets.UTF_8));
            return SecurePreferencesFactory.getDefault().node("org.vre.ui.lake").node(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
