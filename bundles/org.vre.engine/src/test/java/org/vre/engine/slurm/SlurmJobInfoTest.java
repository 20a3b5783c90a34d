package org.vre.engine.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.vre.engine.RunState;

/** Slurm's job states, as {@code scontrol show job -o} prints them (Slurm 22.05), to the engine's. */
class SlurmJobInfoTest {

    private static String line(String state, String reason, String exit) {
        return "JobId=42 JobName=vre-analysis.1-fit.0 UserId=alice(1000) GroupId=alice(1000) MCS_label=N/A Priority=1"
                + " Nice=0 Account=(null) QOS=(null) JobState=" + state + " Reason=" + reason + " Dependency=(null)"
                + " Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=" + exit + " RunTime=00:01:12"
                + " TimeLimit=00:01:00 TimeMin=N/A SubmitTime=2026-11-28T00:50:46 EligibleTime=2026-11-28T00:50:46"
                + " StartTime=2026-11-28T00:50:46 EndTime=2026-11-28T00:51:58 Partition=debug NodeList=vm"
                + " BatchHost=vm NumNodes=1 NumCPUs=1 ReqTRES=cpu=1,mem=256M,node=1,billing=1"
                + " MinMemoryNode=256M Command=(null) WorkDir=/home/alice/my analysis/workspace"
                + " StdErr=/home/alice/logs/fit.0.err StdOut=/home/alice/logs/fit.0.out Power=";
    }

    @Test
    void statesMapToTheEnginesWithAReason() {
        record Case(String state, String reason, String exit, RunState expected, String message) {
        }
        for (Case c : new Case[] {
            new Case("PENDING", "Resources", "0:0", RunState.PENDING, "slurm: PENDING (Resources)"),
            new Case("RUNNING", "None", "0:0", RunState.RUNNING, "slurm: RUNNING"),
            new Case("COMPLETING", "None", "0:0", RunState.RUNNING, "slurm: COMPLETING"),
            new Case("COMPLETED", "None", "0:0", RunState.FINISHED, null),
            new Case("FAILED", "NonZeroExitCode", "3:0", RunState.FAILED, "slurm: FAILED (exit code 3)"),
            new Case("CANCELLED by 0", "None", "0:15", RunState.STOPPED, "slurm: CANCELLED (cancelled by 0)"),
            new Case("TIMEOUT", "TimeLimit", "0:0", RunState.FAILED, "slurm: TIMEOUT (time limit 00:01:00 reached)"),
            new Case("OUT_OF_MEMORY", "OutOfMemory", "0:125", RunState.FAILED,
                    "slurm: OUT_OF_MEMORY (out of memory (limit 256M))"),
            new Case("NODE_FAIL", "NodeDown", "0:0", RunState.FAILED, "slurm: NODE_FAIL (node vm failed)"),
        }) {
            SlurmJobInfo info = SlurmJobInfo.parse(line(c.state(), c.reason(), c.exit()));
            assertEquals(c.expected(), info.state(), c.state());
            assertEquals(c.message(), info.message(), c.state());
        }
    }

    @Test
    void valuesWithSpacesAndExitCodesAreRead() {
        SlurmJobInfo info = SlurmJobInfo.parse(line("FAILED", "NonZeroExitCode", "3:0"));
        assertEquals("/home/alice/my analysis/workspace", info.get("WorkDir"));
        assertEquals(3, info.exitCode());
        assertEquals(0, info.signal());
        assertEquals("vm", info.node());
        assertEquals("NonZeroExitCode", info.reason());
        assertNull(SlurmJobInfo.parse(line("RUNNING", "None", "0:0")).reason());
    }
}
