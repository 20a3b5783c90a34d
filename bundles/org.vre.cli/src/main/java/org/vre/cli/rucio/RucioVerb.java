package org.vre.cli.rucio;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.vre.cli.transfer.StorageProtocols;
import org.vre.lake.CatalogService;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeLocation;
import org.vre.lake.storage.StorageRegistry;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A rucio verb: opens the lake (and storage when it moves bytes), runs, closes. */
abstract class RucioVerb implements Callable<Integer> {

    @ParentCommand
    RucioCommand rucio;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (CatalogService catalog = CatalogStore.open(LakeLocation.resolve(rucio.lake, System.getenv()));
                StorageRegistry storages = StorageProtocols.registry(rucio.caDirectory, readTimeout())) {
            PrintWriter out = spec.commandLine().getOut();
            int code = run(catalog, storages, rucio.account(), out, spec.commandLine().getErr());
            out.flush();
            return code;
        }
    }

    Duration readTimeout() {
        return Duration.ofSeconds(60);
    }

    abstract int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err);
}
