package org.vre.ui.lake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vre.lake.LakeEvent;
import org.vre.lake.transfer.TransferEvents;

/**
 * What the Monitoring view plots, from the event log: each transfer's throughput at the time it ended, and data
 * operations counted per minute and kind (catalogue, replicas, rules, transfers).
 */
public record LakeActivity(List<Throughput> transfers, Map<String, Map<Instant, Integer>> operationsPerMinute) {

    public record Throughput(Instant time, String type, double megabytesPerSecond, boolean ok) {
    }

    static LakeActivity of(List<LakeEvent> events) {
        List<Throughput> transfers = events.stream().filter(TransferEvents::isRecord)
                .map(e -> new Throughput(e.time(), e.type(), TransferDetail.parse(e.detail()).megabytesPerSecond(),
                        e.outcome() == LakeEvent.Outcome.OK))
                .toList();
        Map<String, Map<Instant, Integer>> perMinute = new TreeMap<>();
        for (LakeEvent event : events) {
            perMinute.computeIfAbsent(kind(event.type()), k -> new TreeMap<>())
                    .merge(event.time().truncatedTo(ChronoUnit.MINUTES), 1, Integer::sum);
        }
        return new LakeActivity(transfers, perMinute);
    }

    static String kind(String type) {
        if (type.startsWith("transfer.")) {
            return "transfers";
        }
        if (type.startsWith("replica.")) {
            return "replicas";
        }
        if (type.startsWith("rule.")) {
            return "rules";
        }
        return "catalogue";
    }
}
