package org.vre.lake.xrootd;

/**
 * One entry of a kXR_dirlist answer.
 *
 * @param name the entry's name inside the directory
 * @param stat its stat information (listings are requested with kXR_dstat)
 */
public record DirEntry(String name, StatInfo stat) {
}
