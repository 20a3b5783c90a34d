package org.vre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class VreCommandTest {

    @Test
    void versionNamesTheProduct() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        assertEquals(0, commandLine.execute("--version"));
        assertTrue(out.toString().startsWith("vre "), out.toString());
    }

    @Test
    void fastVersionAnswerMatchesTheFullOne() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(out, true));
        try {
            assertEquals(0, Main.run("--version"));
        } finally {
            System.setOut(old);
        }
        StringWriter full = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(full));
        commandLine.execute("--version");
        assertEquals(full.toString().strip(), out.toString().strip());
    }

    @Test
    void helpListsUsage() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        assertEquals(0, commandLine.execute("--help"));
        assertTrue(out.toString().contains("Usage: vre"), out.toString());
    }

    @Test
    void unknownVerbIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setErr(new PrintWriter(err));
        assertEquals(2, commandLine.execute("no-such-verb"));
        assertTrue(err.toString().contains("no-such-verb"), err.toString());
    }
}
