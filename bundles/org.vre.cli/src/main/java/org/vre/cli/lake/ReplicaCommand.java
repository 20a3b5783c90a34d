package org.vre.cli.lake;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.FileReplicas;
import org.vre.lake.Pfn;
import org.vre.lake.ReplicaState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vre replica ...}: copies of files on RSEs. */
@Command(name = "replica", description = "Replicas: copies of files on RSEs.",
        subcommands = {ReplicaCommand.Add.class, ReplicaCommand.ListReplicas.class, ReplicaCommand.OnRse.class,
            ReplicaCommand.SetState.class, ReplicaCommand.DeclareBad.class, ReplicaCommand.Delete.class})
public final class ReplicaCommand extends LakeGroup {

    @Command(name = "add", description = "Declare replicas of registered files on an RSE.")
    static final class Add extends LakeVerb {
        @Parameters(index = "0", paramLabel = "RSE")
        String rse;

        @Parameters(index = "1..*", paramLabel = "SCOPE:NAME")
        List<String> dids;

        @Option(names = "--state", description = "Replica state (default: AVAILABLE).")
        ReplicaState state = ReplicaState.AVAILABLE;

        @Option(names = "--path", description = "Path on a non-deterministic RSE (one file only).")
        String path;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            List<Did> files = dids.stream().map(Did::parse).toList();
            catalog.addReplicas(account, rse, files, state, path);
            if (json()) {
                LakeJson.print(out, files.stream().map(f -> LakeJson.replica(catalog.findReplica(rse, f).orElseThrow()))
                        .toList());
            } else {
                files.forEach(f -> out.println("added replica of " + f + " on " + rse + " (" + state + ")"));
            }
        }
    }

    @Command(name = "list", description = "List the replicas of a DID (recursively) with their PFNs, best first.")
    static final class ListReplicas extends LakeVerb {
        @Parameters(paramLabel = "SCOPE:NAME")
        String did;

        @Option(names = "--scheme", description = "Only these protocol schemes (repeatable).")
        Set<String> schemes;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            try (var listing = catalog.listReplicas(Did.parse(did), schemes == null ? Set.of() : schemes)) {
                if (json()) {
                    LakeJson.printArray(out, listing, LakeJson::fileReplicas);
                    return;
                }
                listing.forEach((FileReplicas f) -> {
                    out.println(f.did() + (f.bytes() == null ? "" : "  " + f.bytes() + " bytes")
                            + (f.adler32() == null ? "" : "  adler32:" + f.adler32()));
                    for (Pfn p : f.pfns()) {
                        out.println("  " + p.rse() + "  " + p.uri() + (p.state() == ReplicaState.AVAILABLE ? "" : "  " + p.state()));
                    }
                });
            }
        }
    }

    @Command(name = "on-rse", description = "List every replica on one RSE.")
    static final class OnRse extends LakeVerb {
        @Parameters(paramLabel = "RSE")
        String rse;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            try (var replicas = catalog.listReplicasOnRse(rse)) {
                if (json()) {
                    LakeJson.printArray(out, replicas, LakeJson::replica);
                } else {
                    replicas.forEach(r -> out.println(r.did() + "  " + r.state() + "  " + r.path()));
                }
            }
        }
    }

    @Command(name = "set-state", description = "Set a replica's state.")
    static final class SetState extends LakeVerb {
        @Parameters(index = "0", paramLabel = "RSE")
        String rse;

        @Parameters(index = "1", paramLabel = "SCOPE:NAME")
        String did;

        @Parameters(index = "2", paramLabel = "STATE")
        ReplicaState state;

        @Option(names = "--reason")
        String reason;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.setReplicaState(account, rse, Did.parse(did), state, reason);
            printReplica(catalog, rse, did, json(), out);
        }
    }

    @Command(name = "declare-bad", description = "Declare a replica BAD; rules holding it get a new copy.")
    static final class DeclareBad extends LakeVerb {
        @Parameters(index = "0", paramLabel = "RSE")
        String rse;

        @Parameters(index = "1", paramLabel = "SCOPE:NAME")
        String did;

        @Option(names = "--reason", required = true)
        String reason;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.declareBad(account, rse, Did.parse(did), reason);
            printReplica(catalog, rse, did, json(), out);
        }
    }

    @Command(name = "delete", description = "Remove a replica no rule holds from the catalogue.")
    static final class Delete extends LakeVerb {
        @Parameters(index = "0", paramLabel = "RSE")
        String rse;

        @Parameters(index = "1", paramLabel = "SCOPE:NAME")
        String did;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.deleteReplica(account, rse, Did.parse(did));
            if (json()) {
                LakeJson.print(out, Map.of("deleted", did + "@" + rse));
            } else {
                out.println("deleted replica of " + did + " on " + rse);
            }
        }
    }

    static void printReplica(CatalogService catalog, String rse, String did, boolean json, PrintWriter out) {
        var r = catalog.findReplica(rse, Did.parse(did)).orElseThrow();
        if (json) {
            LakeJson.print(out, LakeJson.replica(r));
        } else {
            out.println(r.did() + " on " + r.rse() + ": " + r.state());
        }
    }
}
