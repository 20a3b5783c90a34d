package org.vre.ui.lake;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.vre.lake.CatalogService;
import org.vre.lake.EventQuery;
import org.vre.lake.LakeEvent;
import org.vre.lake.TransferQuery;
import org.vre.lake.TransferRequest;
import org.vre.lake.TransferState;

/**
 * Transfers: the replication requests with their state, source, destination, attempts and error (retry the failed
 * ones, run the queued ones), and the recent uploads, downloads and copies from the event log with bytes,
 * throughput and protocol. Running transfers show their progress bar in the Progress view, where they are cancelled.
 */
public final class TransfersView extends ViewPart {

    public static final String ID = "org.vre.ui.lake.transfers";
    static final int RECENT = 500;

    private TableViewer requests;
    private TableViewer recent;
    private Display display;
    private Job reload;
    private Runnable unfollow;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        requests = table(sash);
        column(requests, "State", 90, r -> ((TransferRequest) r).state().name());
        column(requests, "DID", 240, r -> ((TransferRequest) r).did().toString());
        column(requests, "Source", 100, r -> String.valueOf(((TransferRequest) r).sourceRse()));
        column(requests, "Destination", 100, r -> ((TransferRequest) r).destinationRse());
        column(requests, "Attempts", 70, r -> String.valueOf(((TransferRequest) r).attempts()));
        column(requests, "Size", 80, r -> ((TransferRequest) r).bytes() == null ? ""
                : org.vre.ui.HumanBytes.format(((TransferRequest) r).bytes()));
        column(requests, "Updated (UTC)", 150, r -> LakeColumn.UTC.format(((TransferRequest) r).updatedAt()));
        column(requests, "Error", 300, r -> nullToEmpty(((TransferRequest) r).reason()));
        recent = table(sash);
        column(recent, "Time (UTC)", 150, e -> LakeColumn.UTC.format(((LakeEvent) e).time()));
        column(recent, "Transfer", 130, e -> ((LakeEvent) e).type().substring("transfer.".length()));
        column(recent, "Target", 260, e -> ((LakeEvent) e).target());
        column(recent, "Outcome", 70, e -> ((LakeEvent) e).outcome().name());
        column(recent, "Size", 80, e -> TransferDetail.parse(((LakeEvent) e).detail()).size());
        column(recent, "Throughput", 90, e -> TransferDetail.parse(((LakeEvent) e).detail()).throughput());
        column(recent, "Protocol", 70, e -> TransferDetail.parse(((LakeEvent) e).detail()).protocol());
        column(recent, "Error", 300, e -> TransferDetail.parse(((LakeEvent) e).detail()).error());
        sash.setWeights(1, 1);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(action("Retry Failed", this::retrySelected));
        toolbar.add(action("Run Queued Transfers", () -> LakeTransfers.runTransfers(round -> reloadSoon())));
        toolbar.add(action("Refresh", this::reloadSoon));
        reload = LakeReader.of("the transfers", display, session -> {
            CatalogService catalog = session.catalog();
            List<TransferRequest> rows = catalog.listRequests(TransferQuery.all()).stream()
                    .sorted((a, b) -> b.updatedAt().compareTo(a.updatedAt())).limit(RECENT).toList();
            List<LakeEvent> transfers;
            try (Stream<LakeEvent> log = catalog.events(new EventQuery(null, null, "transfer.", null, null,
                    Integer.MAX_VALUE))) {
                transfers = log.toList();
            }
            List<LakeEvent> newest = new java.util.ArrayList<>(
                    transfers.subList(Math.max(0, transfers.size() - RECENT), transfers.size()));
            java.util.Collections.reverse(newest);
            return new Snapshot(rows, newest);
        }, read -> {
            if (!requests.getControl().isDisposed()) {
                requests.setInput(read.requests());
                recent.setInput(read.recent());
            }
        }, this::setContentDescription);
        unfollow = LakeReader.follow(reload, 200,
                event -> Stream.of("transfer.", "rule.", "replica.").anyMatch(event.type()::startsWith));
        reloadSoon();
    }

    /** What one reload read: the newest requests and the newest transfers of the event log, newest first. */
    private record Snapshot(List<TransferRequest> requests, List<LakeEvent> recent) {
    }

    private void reloadSoon() {
        reload.schedule(200);
    }

    private void retrySelected() {
        List<?> selected = ((IStructuredSelection) requests.getSelection()).toList();
        List<Long> failed = selected.stream().map(TransferRequest.class::cast)
                .filter(r -> r.state() == TransferState.FAILED).map(TransferRequest::id).toList();
        if (!failed.isEmpty()) {
            LakeJobs.schedule("Retrying " + failed.size() + " transfer(s)", "Retrying transfers", work -> {
                failed.forEach(id -> work.session().catalog().retryRequest(work.session().account(), id));
                return null;
            }, nothing -> LakeTransfers.runTransfers(round -> reloadSoon()));
        }
    }

    public TableViewer requestsViewer() {
        return requests;
    }

    public TableViewer recentViewer() {
        return recent;
    }

    static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void setFocus() {
        requests.getControl().setFocus();
    }

    @Override
    public void dispose() {
        unfollow.run();
        reload.cancel();
        super.dispose();
    }
}
