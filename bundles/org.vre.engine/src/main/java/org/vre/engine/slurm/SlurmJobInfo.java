package org.vre.engine.slurm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vre.engine.RunState;

/**
 * One line of {@code scontrol show job -o ID}: the job's Slurm state and reason, exit code, node and times, and
 * what they mean for the engine.
 */
public record SlurmJobInfo(Map<String, String> fields) {

    /** {@code Key=value} pairs; a value runs to the next {@code Key=} (values such as Command may hold spaces). */
    private static final Pattern FIELD = Pattern.compile("(?:^|\\s)([A-Za-z][A-Za-z0-9_:/]*)=");

    public static SlurmJobInfo parse(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(line.strip());
        String key = null;
        int valueStart = 0;
        while (m.find()) {
            if (key != null) {
                fields.putIfAbsent(key, line.strip().substring(valueStart, m.start()).strip());
            }
            key = m.group(1);
            valueStart = m.end();
        }
        if (key != null) {
            fields.putIfAbsent(key, line.strip().substring(valueStart).strip());
        }
        return new SlurmJobInfo(fields);
    }

    /** Slurm's state without flags ({@code CANCELLED by 0} becomes {@code CANCELLED}). */
    public String slurmState() {
        String state = fields.getOrDefault("JobState", "UNKNOWN");
        int space = state.indexOf(' ');
        return space < 0 ? state : state.substring(0, space);
    }

    public String reason() {
        String reason = fields.get("Reason");
        return reason == null || reason.equals("None") ? null : reason;
    }

    public String node() {
        String node = fields.get("BatchHost");
        if (node == null || node.isBlank() || node.equals("(null)")) {
            node = fields.get("NodeList");
        }
        return node == null || node.isBlank() || node.equals("(null)") ? null : node;
    }

    /** The batch script's exit code ({@code ExitCode=3:0}), or null when unknown. */
    public Integer exitCode() {
        return part(0);
    }

    /** The signal that ended the script ({@code ExitCode=0:15}), 0 when none, null when unknown. */
    public Integer signal() {
        return part(1);
    }

    private Integer part(int index) {
        String code = fields.get("ExitCode");
        if (code == null) {
            return null;
        }
        String[] parts = code.split(":");
        try {
            return parts.length > index ? Integer.valueOf(parts[index]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The engine's state for Slurm's. */
    public RunState state() {
        return switch (slurmState()) {
            case "PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD", "SUSPENDED",
                    "STOPPED" -> RunState.PENDING;
            case "RUNNING", "COMPLETING", "SIGNALING", "STAGE_OUT", "RESIZING" -> RunState.RUNNING;
            case "COMPLETED" -> RunState.FINISHED;
            case "CANCELLED" -> RunState.STOPPED;
            default -> RunState.FAILED; // FAILED, TIMEOUT, OUT_OF_MEMORY, NODE_FAIL, BOOT_FAIL, DEADLINE, PREEMPTED
        };
    }

    public boolean isTerminal() {
        return state().isTerminal();
    }

    /** Why a job that did not complete ended, in words ({@code slurm: TIMEOUT (time limit 1 min reached)}). */
    public String message() {
        String state = slurmState();
        String detail = switch (state) {
            case "COMPLETED" -> null;
            case "FAILED" -> exitCode() != null && exitCode() != 0 ? "exit code " + exitCode()
                    : signal() != null && signal() != 0 ? "killed by signal " + signal() : reason();
            case "TIMEOUT" -> "time limit " + fields.getOrDefault("TimeLimit", "?") + " reached";
            case "OUT_OF_MEMORY" -> "out of memory (limit " + memoryLimit() + ")";
            case "NODE_FAIL" -> "node " + node() + " failed";
            case "CANCELLED" -> "cancelled" + (fields.get("JobState").contains(" by ")
                    ? fields.get("JobState").substring(fields.get("JobState").indexOf(" by ")) : "");
            default -> reason();
        };
        if (state.equals("COMPLETED")) {
            return null;
        }
        return "slurm: " + state + (detail == null ? "" : " (" + detail + ")");
    }

    private String memoryLimit() {
        String tres = fields.getOrDefault("ReqTRES", fields.getOrDefault("TRES", ""));
        Matcher m = Pattern.compile("mem=([^,]+)").matcher(tres);
        return m.find() ? m.group(1) : fields.getOrDefault("MinMemoryNode", "?");
    }

    public String get(String key) {
        return fields.get(key);
    }
}
