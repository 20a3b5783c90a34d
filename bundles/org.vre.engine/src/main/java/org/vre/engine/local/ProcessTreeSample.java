package org.vre.engine.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The memory and CPU time of a process and all its descendants, read from {@code /proc}: resident set size
 * ({@code VmRSS} of {@code status}) and user+system time ({@code stat} fields 14-17, children included).
 */
record ProcessTreeSample(long rssBytes, long cpuMillis, List<Long> pids) {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ is 100 on every Linux architecture the JDK runs on

    static ProcessTreeSample of(ProcessHandle root) {
        List<Long> pids = new ArrayList<>();
        pids.add(root.pid());
        try (Stream<ProcessHandle> descendants = root.descendants()) {
            descendants.forEach(p -> pids.add(p.pid()));
        }
        long rss = 0;
        long cpu = 0;
        for (long pid : pids) {
            rss += rssBytes(pid);
            cpu += cpuMillis(pid);
        }
        return new ProcessTreeSample(rss, cpu, pids);
    }

    static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading: it uses nothing any more
        }
        return 0;
    }

    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces and parentheses: fields start after the last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
