package org.vre.engine.slurm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.vre.core.VreException;

/** Runs the Slurm commands on this machine ({@code bash -c}), with extra environment variables (SLURM_CONF). */
public final class LocalShell implements ClusterShell {

    private final Map<String, String> environment;

    /** @param environment variables added to every command's environment (empty: this process's own) */
    public LocalShell(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Result run(String command, InputStream stdin, OutputStream stdout) {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command);
        builder.environment().putAll(environment);
        if (stdin == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new VreException("cannot run '" + command + "' on this host: " + e.getMessage());
        }
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            if (stdout == null) {
                return drain(process.getInputStream());
            }
            try (InputStream in = process.getInputStream()) {
                in.transferTo(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return "";
        });
        try {
            if (stdin != null) {
                try (OutputStream to = process.getOutputStream()) {
                    stdin.transferTo(to);
                }
            }
            int exit = process.waitFor();
            return new Result(exit, out.join(), err.join());
        } catch (IOException e) {
            process.destroyForcibly();
            throw new VreException("'" + command + "' failed on this host: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new VreException("interrupted while running '" + command + "'");
        }
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public byte[] readFrom(String path, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(path, "r")) {
            long length = file.length();
            if (length <= offset) {
                return new byte[0];
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, 1 << 24)];
            file.seek(offset);
            file.readFully(bytes);
            return bytes;
        } catch (java.io.FileNotFoundException | NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new VreException("cannot read " + path + ": " + e.getMessage());
        }
    }

    @Override
    public String describe() {
        return "this host";
    }

    @Override
    public void close() {
        // nothing held between commands
    }

    /** A shell for a cluster whose client configuration is {@code slurmConf} (null: the system's). */
    public static LocalShell withSlurmConf(Path slurmConf) {
        return new LocalShell(slurmConf == null ? Map.of() : Map.of("SLURM_CONF", slurmConf.toString()));
    }
}
