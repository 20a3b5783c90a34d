package org.vre.cli.transfer;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.vre.cli.JsonOption;
import org.vre.cli.lake.LakeOptions;
import org.vre.lake.CatalogService;
import org.vre.lake.storage.StorageRegistry;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A verb that moves bytes: opens the lake (same {@code --lake}/{@code --account} as the other lake verbs) and the
 * storage protocols, runs, closes both. Returns 1 when some file failed, after printing what succeeded.
 */
abstract class TransferVerb implements Callable<Integer> {

    @Mixin
    LakeOptions lake;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Option(names = "--ca-dir", paramLabel = "DIR",
            description = "CA directory (<hash>.0 files) to verify TLS servers (default: $X509_CERT_DIR).")
    String caDirectory;

    @Override
    public final Integer call() {
        try (CatalogService catalog = lake.open();
                StorageRegistry storages = StorageProtocols.registry(caDirectory, readTimeout())) {
            PrintWriter out = spec.commandLine().getOut();
            int code = run(catalog, storages, lake.account(), out, spec.commandLine().getErr());
            out.flush();
            return code;
        }
    }

    /** How long a read may wait for the server; verbs with --transfer-timeout shorten it. */
    Duration readTimeout() {
        return Duration.ofSeconds(60);
    }

    abstract int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err);
}
