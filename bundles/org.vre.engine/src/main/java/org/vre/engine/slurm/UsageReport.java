package org.vre.engine.slurm;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.vre.engine.ResourceUsage;

/**
 * Reads what the batch script recorded after the command (see {@link JobScript}): {@code wall START END} from
 * bash's EPOCHREALTIME, bash's {@code times} (the second line: the children's user and system time) and
 * {@code /proc/self/io} (which includes the reaped children's reads and writes). Peak memory is not measured here.
 */
final class UsageReport {

    private UsageReport() {
    }

    static ResourceUsage parse(byte[] bytes, long fallbackWallMillis) {
        long wall = fallbackWallMillis;
        long cpu = -1;
        long read = -1;
        long written = -1;
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        try {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("wall ")) {
                    String[] t = line.split("\\s+");
                    wall = Math.round((seconds(t[2]) - seconds(t[1])) * 1000);
                    if (i + 2 < lines.size()) {
                        String[] children = lines.get(i + 2).trim().split("\\s+");
                        cpu = shellTime(children[0]) + shellTime(children[1]);
                    }
                } else if (line.startsWith("rchar:")) {
                    read = Long.parseLong(line.substring(6).trim());
                } else if (line.startsWith("wchar:")) {
                    written = Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (RuntimeException e) {
            // a truncated report (the job was killed while writing it) keeps what was read
        }
        return new ResourceUsage(wall, cpu, -1, read, written);
    }

    /** EPOCHREALTIME uses the locale's decimal separator. */
    private static double seconds(String epoch) {
        return Double.parseDouble(epoch.replace(',', '.'));
    }

    /** bash's {@code times} format: {@code 1m2.345s}. */
    private static long shellTime(String text) {
        int m = text.indexOf('m');
        double minutes = Double.parseDouble(text.substring(0, m));
        double seconds = Double.parseDouble(text.substring(m + 1, text.length() - 1));
        return Math.round((minutes * 60 + seconds) * 1000);
    }
}
