package org.vre.cli.lake;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vre.lake.Account;
import org.vre.lake.DidDetails;
import org.vre.lake.FileReplicas;
import org.vre.lake.Pfn;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaLock;
import org.vre.lake.Rse;
import org.vre.lake.RseProtocol;
import org.vre.lake.Rule;
import org.vre.lake.Scope;
import org.vre.lake.Subscription;
import org.vre.lake.TransferRequest;


/** Machine output of the lake verbs: plain maps with ISO-8601 UTC times, one stable field order. */
final class LakeJson {

    private LakeJson() {
    }

    static void print(PrintWriter out, Object value) {
        org.vre.cli.JsonOutput.print(out, value);
    }

    static <T> void printArray(PrintWriter out, java.util.stream.Stream<T> items,
            java.util.function.Function<T, Object> convert) {
        org.vre.cli.JsonOutput.printArray(out, items, convert);
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    static Map<String, Object> metadata(Map<String, Object> metadata) {
        Map<String, Object> m = new LinkedHashMap<>();
        metadata.forEach((k, v) -> m.put(k, v instanceof Instant i ? i.toString() : v));
        return m;
    }

    static Map<String, Object> account(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", a.name());
        m.put("type", a.type().name());
        m.put("admin", a.admin());
        m.put("created_at", time(a.createdAt()));
        return m;
    }

    static Map<String, Object> scope(Scope s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", s.name());
        m.put("account", s.owner());
        m.put("created_at", time(s.createdAt()));
        return m;
    }

    static Map<String, Object> did(DidDetails d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", d.did().scope());
        m.put("name", d.did().name());
        m.put("did", d.did().toString());
        m.put("type", d.type().name());
        m.put("account", d.account());
        m.put("bytes", d.bytes());
        m.put("adler32", d.adler32());
        m.put("md5", d.md5());
        m.put("guid", d.guid());
        if (d.type().isCollection()) {
            m.put("open", d.open());
            m.put("length", d.length());
        }
        m.put("created_at", time(d.createdAt()));
        return m;
    }

    static Map<String, Object> protocol(RseProtocol p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scheme", p.scheme());
        m.put("hostname", p.host());
        m.put("port", p.port());
        m.put("prefix", p.prefix());
        m.put("read", p.readPriority());
        m.put("write", p.writePriority());
        m.put("delete", p.deletePriority());
        m.put("third_party_copy", p.tpcPriority());
        return m;
    }

    static Map<String, Object> rse(Rse r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rse", r.name());
        m.put("deterministic", r.deterministic());
        m.put("attributes", new TreeMap<>(r.attributes()));
        m.put("protocols", r.protocols().stream().map(LakeJson::protocol).toList());
        m.put("created_at", time(r.createdAt()));
        return m;
    }

    /** Shaped like a line of Rucio's list-replicas stream: {@code rses} and {@code pfns}. */
    static Map<String, Object> fileReplicas(FileReplicas f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", f.did().scope());
        m.put("name", f.did().name());
        m.put("bytes", f.bytes());
        m.put("adler32", f.adler32());
        m.put("md5", f.md5());
        Map<String, List<String>> rses = new LinkedHashMap<>();
        Map<String, Object> pfns = new LinkedHashMap<>();
        for (Pfn p : f.pfns()) {
            rses.computeIfAbsent(p.rse(), k -> new ArrayList<>()).add(p.uri().toString());
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("rse", p.rse());
            info.put("scheme", p.scheme());
            info.put("priority", p.priority());
            info.put("state", p.state() == null ? null : p.state().name());
            pfns.put(p.uri().toString(), info);
        }
        m.put("rses", rses);
        m.put("pfns", pfns);
        return m;
    }

    static Map<String, Object> replica(Replica r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("did", r.did().toString());
        m.put("rse", r.rse());
        m.put("state", r.state().name());
        m.put("bytes", r.bytes());
        m.put("adler32", r.adler32());
        m.put("md5", r.md5());
        m.put("path", r.path());
        m.put("lock_count", r.lockCount());
        m.put("tombstone", time(r.tombstone()));
        m.put("updated_at", time(r.updatedAt()));
        return m;
    }

    static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("account", r.account());
        m.put("did", r.spec().did().toString());
        m.put("copies", r.spec().copies());
        m.put("rse_expression", r.spec().rseExpression());
        m.put("grouping", r.spec().grouping().name());
        m.put("source_replica_expression", r.spec().sourceExpression());
        m.put("activity", r.spec().activity());
        m.put("lifetime", r.spec().lifetime() == null ? null : r.spec().lifetime().toSeconds());
        m.put("locked", r.spec().locked());
        m.put("comment", r.spec().comment());
        m.put("state", r.state().name());
        m.put("error", r.error());
        m.put("locks_ok_cnt", r.locksOk());
        m.put("locks_replicating_cnt", r.locksReplicating());
        m.put("locks_stuck_cnt", r.locksStuck());
        m.put("expires_at", time(r.expiresAt()));
        m.put("created_at", time(r.createdAt()));
        return m;
    }

    static Map<String, Object> lock(ReplicaLock l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("did", l.did().toString());
        m.put("rse", l.rse());
        m.put("state", l.state().name());
        return m;
    }

    static Map<String, Object> request(TransferRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("rule_id", r.ruleId());
        m.put("did", r.did().toString());
        m.put("source_rse", r.sourceRse());
        m.put("dest_rse", r.destinationRse());
        m.put("state", r.state().name());
        m.put("attempts", r.attempts());
        m.put("reason", r.reason());
        m.put("bytes", r.bytes());
        m.put("updated_at", time(r.updatedAt()));
        return m;
    }

    static Map<String, Object> subscription(Subscription s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("account", s.account());
        m.put("scope", s.scope());
        m.put("filter", s.filter());
        m.put("state", s.state().name());
        m.put("rules", s.rules().stream().map(t -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("copies", t.copies());
            r.put("rse_expression", t.rseExpression());
            r.put("grouping", t.grouping().name());
            r.put("lifetime", t.lifetime() == null ? null : t.lifetime().toSeconds());
            return r;
        }).toList());
        m.put("comment", s.comment());
        m.put("last_processed_at", time(s.lastProcessedAt()));
        return m;
    }
}
