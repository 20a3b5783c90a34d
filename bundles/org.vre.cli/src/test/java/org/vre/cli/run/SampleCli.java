package org.vre.cli.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code vre} command as a user types it: launchers like the product's over this test's class path, run in
 * separate processes with the lake in VRE_LAKE, the runs in VRE_RUNS and the launchers in VRE_HOME.
 */
final class SampleCli {

    record Result(int exit, String out) {
    }

    private final Path tmp;
    private final Path tools;
    private final Map<String, String> environment;

    SampleCli(Path tmp, Map<String, String> environment) throws IOException {
        this.tmp = tmp;
        this.environment = environment;
        this.tools = launchers();
    }

    Path tools() {
        return tools;
    }

    Result vre(Path cwd, String... args) throws IOException, InterruptedException {
        Process p = start(cwd, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Result(p.exitValue(), out);
    }

    /** Starts {@code vre args} in {@code cwd}; its output (stdout and stderr) is the process's input stream. */
    Process start(Path cwd, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(tools.resolve("vre").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("VRE_LAKE", tmp.resolve("lake").toString());
        pb.environment().put("VRE_RUNS", tmp.resolve("runs").toString());
        pb.environment().put("VRE_HOME", tools.toString());
        pb.environment().remove("VRE_ACCOUNT");
        pb.environment().putAll(environment);
        return pb.start();
    }

    /** Launchers like the product's, over this test's class path. */
    private Path launchers() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        for (String[] tool : new String[][] {{"vre", "org.vre.cli.Main"}, {"rucio", "org.vre.cli.rucio.RucioMain"}}) {
            Path script = bin.resolve(tool[0]);
            Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
                    + " -Djava.awt.headless=true -cp '" + cp + "' " + tool[1] + " \"$@\"\n");
            script.toFile().setExecutable(true);
        }
        return bin;
    }
}
