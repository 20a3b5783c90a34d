package org.vre.lake;

import org.vre.core.VreException;

/**
 * Paths given by the user for replicas on non-deterministic RSEs (where no hash computes them): relative to the
 * protocol prefix, no {@code .} or {@code ..} segments, no control characters, at most 1000 characters. A full PFN
 * is accepted too when it lies under one of the RSE's protocols, as {@code rucio upload --pfn} takes one.
 */
public final class ExplicitPath {

    private static final int MAX_LENGTH = 1000;

    private ExplicitPath() {
    }

    /** The checked path, relative to the prefix (a leading slash is dropped). */
    public static String check(String path) {
        if (path == null || path.isBlank()) {
            throw new VreException("an empty path is refused");
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        for (String segment : p.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new VreException("path '" + Names.printable(path) + "' is refused: it contains '" + segment + "'");
            }
            if (segment.isEmpty()) {
                throw new VreException("path '" + Names.printable(path) + "' is refused: it has an empty segment");
            }
        }
        if (p.chars().anyMatch(Character::isISOControl) || p.length() > MAX_LENGTH) {
            throw new VreException("path '" + Names.printable(path) + "' is refused: control characters or longer than "
                    + MAX_LENGTH);
        }
        return p;
    }

    /**
     * The path on {@code rse} that {@code pfnOrPath} names: a path relative to the prefixes, or a full PFN under
     * one of the RSE's protocols (then the part after that protocol's prefix).
     */
    public static String onRse(Rse rse, String pfnOrPath) {
        if (pfnOrPath == null || !pfnOrPath.contains("://")) {
            return check(pfnOrPath);
        }
        for (RseProtocol protocol : rse.protocols()) {
            String base = protocol.url();
            if (pfnOrPath.startsWith(base)) {
                return check(pfnOrPath.substring(base.length()));
            }
        }
        throw new VreException("PFN '" + Names.printable(pfnOrPath) + "' is not under any protocol of RSE " + rse.name()
                + " (" + String.join(", ", rse.protocols().stream().map(RseProtocol::url).toList()) + ")");
    }
}
