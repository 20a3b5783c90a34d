package org.vre.ui.lake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.vre.lake.CatalogService;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rse;
import org.vre.lake.RseProtocol;
import org.vre.lake.transfer.ConsistencyCheck;
import org.vre.lake.transfer.TransferEvents;
import org.vre.lake.transfer.ConsistencyReport;
import org.vre.ui.HumanBytes;
import org.vre.ui.UiThread;

/**
 * Storage: the RSEs with their attributes, protocols, used space and file counts (summed over their replicas in a
 * job), and the consistency check of the selected RSE with its dark / lost / corrupted report.
 */
public final class StorageView extends ViewPart {

    public static final String ID = "org.vre.ui.lake.storage";

    /** One RSE with what its replicas add up to. */
    public record RseUsage(Rse rse, long files, long bytes, long available) {
    }

    private TableViewer rses;
    private Text report;
    private Display display;
    private Job reload;
    private Runnable unfollow;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        rses = TransfersView.table(sash);
        TransfersView.column(rses, "RSE", 120, u -> ((RseUsage) u).rse().name());
        TransfersView.column(rses, "Files", 70, u -> String.valueOf(((RseUsage) u).files()));
        TransfersView.column(rses, "Used", 90, u -> HumanBytes.format(((RseUsage) u).bytes()));
        TransfersView.column(rses, "Available", 80, u -> String.valueOf(((RseUsage) u).available()));
        TransfersView.column(rses, "Protocols", 320, u -> ((RseUsage) u).rse().protocols().stream()
                .map(StorageView::protocol).collect(Collectors.joining("  ")));
        TransfersView.column(rses, "Attributes", 260, u -> new TreeMap<>(((RseUsage) u).rse().attributes()).entrySet()
                .stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        TransfersView.column(rses, "Deterministic", 90, u -> String.valueOf(((RseUsage) u).rse().deterministic()));
        report = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        report.setText("Select an RSE and run the consistency check to compare its storage with the catalogue.");
        sash.setWeights(3, 2);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(TransfersView.action("Check Consistency", this::checkSelected));
        toolbar.add(TransfersView.action("Refresh", () -> reload.schedule()));
        reload = LakeReader.of("the RSEs", display, session -> usage(session.catalog()), usage -> {
            if (!rses.getControl().isDisposed()) {
                rses.setInput(usage);
            }
        }, this::setContentDescription);
        // replicas also come and go with rules and transfers (a replication registers its copy in transfer.done);
        // the records of bytes moved change no replica
        unfollow = LakeReader.follow(reload, 200, event -> !TransferEvents.isRecord(event)
                && Stream.of("rse.", "replica.", "rule.", "transfer.").anyMatch(event.type()::startsWith));
        reload.schedule();
    }

    static List<RseUsage> usage(CatalogService catalog) {
        List<RseUsage> rows = new ArrayList<>();
        for (Rse rse : catalog.listRses()) {
            long[] sums = new long[3];
            try (Stream<Replica> replicas = catalog.listReplicasOnRse(rse.name())) {
                replicas.forEach(r -> {
                    sums[0]++;
                    sums[1] += r.bytes() == null ? 0 : r.bytes();
                    sums[2] += r.state() == ReplicaState.AVAILABLE ? 1 : 0;
                });
            }
            rows.add(new RseUsage(rse, sums[0], sums[1], sums[2]));
        }
        return rows;
    }

    private static String protocol(RseProtocol p) {
        return p.scheme() + "://" + p.host() + (p.port() > 0 ? ":" + p.port() : "") + p.prefix() + " (r" + p.readPriority()
                + " w" + p.writePriority() + ")";
    }

    private void checkSelected() {
        Object selected = ((IStructuredSelection) rses.getSelection()).getFirstElement();
        if (selected instanceof RseUsage usage) {
            check(usage.rse().name());
        }
    }

    /** Runs the consistency check of one RSE (checksums verified, nothing declared bad) and shows the report. */
    public Job check(String rse) {
        report.setText("Checking " + rse + "…");
        return LakeJobs.schedule("Checking the consistency of " + rse, "The consistency check of " + rse, work ->
                new ConsistencyCheck(work.session().catalog(), work.session().storages(), work.session().account())
                        .run(rse, true, false, work.progress()),
                result -> UiThread.later(display, () -> {
                    if (!report.isDisposed()) {
                        report.setText(describe(result));
                    }
                }));
    }

    static String describe(ConsistencyReport r) {
        StringBuilder text = new StringBuilder();
        text.append(r.rse()).append(" at ").append(r.root()).append(": ").append(r.filesOnStorage())
                .append(" files on storage, ").append(r.replicasChecked()).append(" replicas checked — ")
                .append(r.isConsistent() ? "consistent" : "NOT consistent").append('\n');
        text.append("\nDark (on storage only): ").append(r.dark().size()).append('\n');
        r.dark().forEach(uri -> text.append("  ").append(uri).append('\n'));
        text.append("\nLost (in the catalogue, missing on storage): ").append(r.lost().size()).append('\n');
        r.lost().forEach(p -> text.append("  ").append(p.did()).append("  ").append(p.pfn()).append("  ")
                .append(p.reason()).append('\n'));
        text.append("\nCorrupted (size or checksum differ): ").append(r.corrupted().size()).append('\n');
        r.corrupted().forEach(p -> text.append("  ").append(p.did()).append("  ").append(p.pfn()).append("  ")
                .append(p.reason()).append('\n'));
        return text.toString();
    }

    public TableViewer rsesViewer() {
        return rses;
    }

    public Text reportField() {
        return report;
    }

    @Override
    public void setFocus() {
        rses.getControl().setFocus();
    }

    @Override
    public void dispose() {
        unfollow.run();
        reload.cancel();
        super.dispose();
    }
}
