package org.vre.data.root;

/**
 * Caps that keep a hostile or damaged file from exhausting memory: the largest uncompressed object or
 * basket accepted, the largest compression ratio believed, and how deep directories and objects may nest.
 */
public record ReadLimits(int maxObjectBytes, int maxCompressionRatio, int maxDepth, long maxTableValues) {

    /** 256 MiB objects, ratio 5000 (zeros compress about 1000:1 with zlib, more with zstd), 64 levels, 200M values. */
    public static final ReadLimits DEFAULT = new ReadLimits(256 << 20, 5000, 64, 200_000_000L);

    public ReadLimits {
        if (maxObjectBytes <= 0 || maxCompressionRatio <= 0 || maxDepth <= 0 || maxTableValues <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
