package org.vre.ui.lake;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.Minute;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.vre.lake.EventQuery;
import org.vre.lake.LakeEvent;

/**
 * Monitoring: JFreeChart charts (in SWT) of transfer throughput and of data operations per minute over the last
 * day, from the catalogue's event log; redrawn when new events arrive.
 */
public final class MonitoringView extends ViewPart {

    public static final String ID = "org.vre.ui.lake.monitoring";
    static final Duration WINDOW = Duration.ofDays(1);

    private final TimeSeriesCollection throughput = new TimeSeriesCollection();
    private final TimeSeriesCollection operations = new TimeSeriesCollection();
    private Display display;
    private Composite charts;
    private Job reload;
    private volatile LakeActivity shown;
    private Runnable unfollow;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        charts = sash;
        JFreeChart speed = ChartFactory.createTimeSeriesChart("Transfer throughput", "time (UTC)", "MB/s", throughput,
                true, true, false);
        JFreeChart counts = ChartFactory.createTimeSeriesChart("Data operations per minute", "time (UTC)",
                "operations", operations, true, true, false);
        // points as well as lines: a minute with activity is one point, which a bare line would not show
        speed.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, true));
        counts.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, true));
        for (JFreeChart chart : new JFreeChart[] {speed, counts}) {
            ((DateAxis) chart.getXYPlot().getDomainAxis()).setTimeZone(TimeZone.getTimeZone("UTC"));
        }
        new ChartComposite(sash, SWT.NONE, speed, true);
        new ChartComposite(sash, SWT.NONE, counts, true);
        reload = LakeReader.of("the event log", display, session -> {
            try (Stream<LakeEvent> log = session.catalog().events(new EventQuery(null, null, null,
                    Instant.now().minus(WINDOW), null, Integer.MAX_VALUE))) {
                return LakeActivity.of(log.toList());
            }
        }, this::show, this::setContentDescription);
        unfollow = LakeReader.follow(reload, 500, event -> true);
        reload.schedule();
    }

    private void show(LakeActivity activity) {
        if (charts.isDisposed()) {
            return; // a read that ended after the view closed: the charts' canvases are gone
        }
        throughput.removeAllSeries();
        Map<String, TimeSeries> byType = new java.util.TreeMap<>();
        for (LakeActivity.Throughput t : activity.transfers()) {
            if (t.ok()) {
                byType.computeIfAbsent(t.type().substring("transfer.".length()), TimeSeries::new)
                        .addOrUpdate(new Millisecond(Date.from(t.time())), t.megabytesPerSecond());
            }
        }
        byType.values().forEach(throughput::addSeries);
        operations.removeAllSeries();
        activity.operationsPerMinute().forEach((kind, perMinute) -> {
            TimeSeries series = new TimeSeries(kind);
            perMinute.forEach((minute, count) -> series.addOrUpdate(new Minute(Date.from(minute)), count));
            operations.addSeries(series);
        });
        shown = activity;
    }

    /** What the charts show now (null before the first read), for tests. */
    public LakeActivity shown() {
        return shown;
    }

    public int throughputSeries() {
        return throughput.getSeriesCount();
    }

    public int operationSeries() {
        return operations.getSeriesCount();
    }

    @Override
    public void setFocus() {
        // the charts take no keyboard input
    }

    @Override
    public void dispose() {
        unfollow.run();
        reload.cancel();
        super.dispose();
    }
}
