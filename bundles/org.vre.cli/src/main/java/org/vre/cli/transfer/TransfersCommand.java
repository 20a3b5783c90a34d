package org.vre.cli.transfer;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.lake.CatalogService;
import org.vre.lake.TransferQuery;
import org.vre.lake.TransferRequest;
import org.vre.lake.TransferState;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.transfer.LakeBackgroundWork;
import org.vre.lake.transfer.TransferRound;
import org.vre.lake.transfer.TransferService;
import org.vre.lake.transfer.TransferSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vre transfers ...}: execute and list the transfer requests that rules create. */
@Command(name = "transfers", description = "Execute and list the transfers that replication rules need.",
        subcommands = {TransfersCommand.Run.class, TransfersCommand.ListRequests.class})
public final class TransfersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "run", description = "Run queued transfers once (or --until-idle: until none can be claimed).")
    static final class Run extends TransferVerb {
        @Option(names = "--until-idle", description = "Keep going (with backoff after failures) until no request is left.")
        boolean untilIdle;

        @Option(names = "--housekeeping", description = "Also expire rules, run subscriptions and reap unlocked replicas.")
        boolean housekeeping;

        @Option(names = "--backoff", paramLabel = "SECONDS", defaultValue = "2", description = "First wait after a failed round (doubles).")
        double backoff;

        @Option(names = "--no-third-party-copy", description = "Always stream through this process.")
        boolean noTpc;

        @Override
        int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
            TransferSettings settings = TransferSettings.defaults()
                    .withBackoff(Duration.ofMillis((long) (backoff * 1000))).withThirdPartyCopy(!noTpc);
            TransferRound round;
            if (housekeeping) {
                round = new LakeBackgroundWork(catalog, storages, account, settings, Clock.systemUTC())
                        .runOnce(untilIdle, org.vre.core.Progress.NONE).transfers();
            } else {
                TransferService service = new TransferService(catalog, storages, account, settings);
                round = untilIdle ? service.runUntilIdle(org.vre.core.Progress.NONE)
                        : service.runOnce(org.vre.core.Progress.NONE);
            }
            if (json.json) {
                TransferJson.print(out, TransferJson.round(round));
            } else {
                out.printf("%d transfer(s) done (%d server to server, %d bytes), %d attempt(s) failed%n", round.done(),
                        round.thirdParty(), round.bytes(), round.failed());
                round.errors().forEach(e -> err.println("vre: " + e));
            }
            long failedForGood = catalog.listRequests(TransferQuery.inState(TransferState.FAILED)).size();
            return untilIdle && failedForGood > 0 && round.done() == 0 && round.failed() > 0 ? 1 : 0;
        }
    }

    @Command(name = "list", description = "List transfer requests.")
    static final class ListRequests extends TransferVerb {
        @Option(names = "--state", description = "QUEUED, SUBMITTED, DONE or FAILED.")
        TransferState state;

        @Override
        int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
            List<TransferRequest> requests = catalog.listRequests(new TransferQuery(state, null, null, null, 10_000));
            if (json.json) {
                TransferJson.print(out, requests.stream().map(ListRequests::json).toList());
            } else {
                for (TransferRequest r : requests) {
                    out.printf("%d %-9s %s %s -> %s attempts=%d%s%n", r.id(), r.state(), r.did(), r.sourceRse(),
                            r.destinationRse(), r.attempts(), r.reason() == null ? "" : " (" + r.reason() + ")");
                }
            }
            return 0;
        }

        private static Map<String, Object> json(TransferRequest r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("rule_id", r.ruleId());
            m.put("did", r.did().toString());
            m.put("source_rse", r.sourceRse());
            m.put("dest_rse", r.destinationRse());
            m.put("state", r.state().name());
            m.put("attempts", r.attempts());
            m.put("reason", r.reason());
            return m;
        }
    }
}
