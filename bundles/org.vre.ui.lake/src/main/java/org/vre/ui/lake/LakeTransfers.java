package org.vre.ui.lake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.vre.core.VreException;
import org.vre.lake.Did;
import org.vre.lake.FileReplicas;
import org.vre.lake.Pfn;
import org.vre.lake.Rule;
import org.vre.lake.RuleSpec;
import org.vre.lake.transfer.DownloadOperation;
import org.vre.lake.transfer.DownloadRequest;
import org.vre.lake.transfer.DownloadResult;
import org.vre.lake.transfer.TransferRound;
import org.vre.lake.transfer.TransferService;
import org.vre.lake.transfer.UploadOperation;
import org.vre.lake.transfer.UploadRequest;
import org.vre.lake.transfer.UploadResult;

/**
 * The lake's actions as jobs over the headless operations: upload, download, add a rule (then run the transfers
 * it asks for), look up PFNs. Each reports progress, can be cancelled, and explains its failures.
 */
public final class LakeTransfers {

    private LakeTransfers() {
    }

    /** Uploads files and folders to {@code target} on an RSE chosen by {@code rseExpression}. */
    static Job upload(List<Path> paths, UploadTarget target, String rseExpression, Consumer<List<UploadResult>> done) {
        String what = "Upload of " + describe(paths) + " to " + target.scope()
                + (target.dataset() == null ? "" : " / " + target.dataset().name()) + " (" + rseExpression + ")";
        return LakeJobs.schedule("Uploading " + describe(paths), what, work -> {
            List<UploadResult> results = new ArrayList<>();
            for (Map.Entry<Did, List<Path>> batch : target.plan(paths).entrySet()) {
                UploadRequest request = new UploadRequest(batch.getValue(), target.scope(), rseExpression,
                        batch.getKey(), null, null, Set.of());
                results.add(new UploadOperation(work.session().catalog(), work.session().storages(),
                        work.session().account(), work.session().settings(), request).run(work.progress())
                        .throwIfFailed());
            }
            return results;
        }, done);
    }

    /** Downloads every file below {@code dids} into {@code folder}/scope/name. */
    static Job download(List<Did> dids, Path folder, Consumer<DownloadResult> done) {
        String what = "Download of " + dids.size() + " DID(s) to " + folder;
        return LakeJobs.schedule("Downloading " + describeDids(dids) + " to " + folder, what, work ->
                new DownloadOperation(work.session().catalog(), work.session().storages(), work.session().account(),
                        work.session().settings(), new DownloadRequest(dids, folder, false, null, Set.of()))
                        .run(work.progress()).throwIfFailed(), done);
    }

    /** Adds the rule, then runs the transfers it created until none is left (OK, or STUCK after retries). */
    static Job addRule(RuleSpec spec, Consumer<Rule> done) {
        return LakeJobs.schedule("Replicating " + spec.did() + " to " + spec.rseExpression(),
                "Adding a rule for " + spec.did() + " on " + spec.rseExpression(), work -> {
                    Rule rule = work.session().catalog().addRule(work.session().account(), spec);
                    runTransfers(work);
                    return work.session().catalog().rule(rule.id());
                }, done);
    }

    /** Runs the queued transfers of every rule (the Transfers view's "Run transfers"). */
    static Job runTransfers(Consumer<TransferRound> done) {
        return LakeJobs.schedule("Running queued transfers", "Transfers", LakeTransfers::runTransfers, done);
    }

    private static TransferRound runTransfers(LakeJobs.Work work) {
        return new TransferService(work.session().catalog(), work.session().storages(), work.session().account(),
                work.session().settings()).runUntilIdle(work.progress());
    }

    /** The best PFN of each file below {@code dids}, for the clipboard. */
    static Job pfns(List<Did> dids, Consumer<List<String>> done) {
        return LakeJobs.schedule("Looking up PFNs of " + describeDids(dids), "Looking up PFNs", work -> {
            List<String> pfns = new ArrayList<>();
            for (Did did : dids) {
                try (Stream<FileReplicas> files = work.session().catalog().listReplicas(did, Set.of())) {
                    files.forEach(file -> file.pfns().stream().findFirst().map(Pfn::uri)
                            .ifPresent(uri -> pfns.add(uri.toString())));
                }
            }
            if (pfns.isEmpty()) {
                throw new VreException(describeDids(dids) + " has no replica, so no PFN");
            }
            return pfns;
        }, done);
    }

    /** Detaches DIDs from the collection they are shown in (the catalogue checks the account may). */
    static Job detach(Did parent, List<Did> children, Consumer<Did> done) {
        return LakeJobs.schedule("Removing " + describeDids(children) + " from " + parent,
                "Removing " + describeDids(children) + " from " + parent, work -> {
                    work.session().catalog().detach(work.session().account(), parent, children);
                    return parent;
                }, done);
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " items";
    }

    private static String describeDids(List<Did> dids) {
        return dids.size() == 1 ? dids.get(0).toString() : dids.size() + " DIDs";
    }
}
