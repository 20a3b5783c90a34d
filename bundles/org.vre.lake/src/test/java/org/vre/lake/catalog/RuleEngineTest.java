package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.AccountType;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.LockState;
import org.vre.lake.NewFile;
import org.vre.lake.NewReplica;
import org.vre.lake.PermissionDeniedException;
import org.vre.lake.ReapResult;
import org.vre.lake.ReplicaLock;
import org.vre.lake.ReplicaState;
import org.vre.lake.RseProtocol;
import org.vre.lake.Rule;
import org.vre.lake.RuleGrouping;
import org.vre.lake.RuleSpec;
import org.vre.lake.RuleState;
import org.vre.lake.TransferQuery;
import org.vre.lake.TransferRequest;
import org.vre.lake.TransferState;

class RuleEngineTest {

    /** Three RSEs, a dataset of three files with AVAILABLE replicas on SRC-1. */
    static void seed(CatalogService c) {
        for (String name : List.of("SRC-1", "DST-1", "DST-2")) {
            c.addRse("admin", name, true, Map.of("tier", name.startsWith("SRC") ? "0" : "1"),
                    List.of(RseProtocol.fromUrl("davs://" + name.toLowerCase() + ".example.org:443/data")));
        }
        c.addScope("admin", "s", "admin");
        c.addDataset("admin", Did.parse("s:ds"), Map.of());
        List<NewReplica> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(new NewReplica(Did.parse("s:f" + i), 100 + i, String.format("%08x", i + 1), null, null,
                    Did.parse("s:ds"), null, Map.of()));
        }
        c.registerAvailable("admin", "SRC-1", files);
        c.addAccount("admin", "fts", AccountType.SERVICE, false);
    }

    static List<TransferRequest> queued(CatalogService c) {
        return c.listRequests(TransferQuery.inState(TransferState.QUEUED));
    }

    @StoreTest
    void ruleCreatesLocksAndRequestsThatCompleteToOk(Lake lake) {
        CatalogService c = lake.catalog();
        seed(c);
        Rule rule = c.addRule("admin", RuleSpec.of(Did.parse("s:ds"), 1, "DST-1"));
        assertEquals(RuleState.REPLICATING, rule.state());
        assertEquals(3, rule.locksReplicating());
        List<TransferRequest> q = queued(c);
        assertEquals(3, q.size());
        assertEquals("SRC-1", q.get(0).sourceRse());
        assertEquals("DST-1", q.get(0).destinationRse());
        assertEquals(100L, q.get(0).bytes());
        assertEquals(ReplicaState.COPYING, c.findReplica("DST-1", Did.parse("s:f0")).orElseThrow().state());

        assertThrows(PermissionDeniedException.class, () -> c.claimRequests("nobody", null, 10));
        List<TransferRequest> claimed = c.claimRequests("fts", "DST-1", 2);
        assertEquals(2, claimed.size());
        assertTrue(claimed.stream().allMatch(r -> r.state() == TransferState.SUBMITTED && r.attempts() == 1));
        assertEquals(1, c.claimRequests("fts", null, 10).size(), "claimed ones are not handed out twice");
        assertEquals(0, c.claimRequests("fts", null, 10).size());

        for (TransferRequest r : c.listRequests(TransferQuery.inState(TransferState.SUBMITTED))) {
            if (r.did().name().equals("f1")) {
                VreException e = assertThrows(VreException.class,
                        () -> c.completeRequest("fts", r.id(), 101, "ffffffff", null));
                assertTrue(e.getMessage().contains("adler32 is ffffffff but the catalogue has 00000002"), e.getMessage());
            }
            c.completeRequest("fts", r.id(), r.bytes(), r.adler32(), null);
        }
        Rule done = c.rule(rule.id());
        assertEquals(RuleState.OK, done.state());
        assertEquals(3, done.locksOk());
        assertEquals(ReplicaState.AVAILABLE, c.findReplica("DST-1", Did.parse("s:f2")).orElseThrow().state());
        assertEquals(1, c.findReplica("DST-1", Did.parse("s:f2")).orElseThrow().lockCount());
        assertTrue(c.listLocks(rule.id()).stream().allMatch(l -> l.state() == LockState.OK));
        assertEquals(3, c.listRequests(TransferQuery.inState(TransferState.DONE)).size());
    }

    @StoreTest
    void existingReplicasNeedNoTransferAndExpressionsAreChecked(Lake lake) {
        CatalogService c = lake.catalog();
        seed(c);
        Rule onSource = c.addRule("admin", RuleSpec.of(Did.parse("s:ds"), 1, "tier=0"));
        assertEquals(RuleState.OK, onSource.state());
        assertEquals(3, onSource.locksOk());
        assertEquals(0, queued(c).size());
        // two copies among tier=0|tier=1: the one that holds the data already is chosen first
        Rule two = c.addRule("admin", RuleSpec.of(Did.parse("s:ds"), 2, "*"));
        assertEquals(3, two.locksOk());
        assertEquals(3, two.locksReplicating());
        assertTrue(assertThrows(VreException.class, () -> c.addRule("admin", RuleSpec.of(Did.parse("s:ds"), 5, "*")))
                .getMessage().contains("asks for 5 copies but '*' selects only 4 RSE(s)"));
        assertTrue(assertThrows(VreException.class, () -> c.addRule("admin", RuleSpec.of(Did.parse("s:ds"), 1, "tier=9")))
                .getMessage().contains("matches no RSE"));
        assertTrue(assertThrows(VreException.class, () -> c.addRule("admin", RuleSpec.of(Did.parse("s:ds"), 1, "tier=(")))
                .getMessage().contains("at position"));
    }

    @StoreTest
    void groupingDecidesPlacement(Lake lake) {
        CatalogService c = lake.catalog();
        seed(c);
        c.addContainer("admin", Did.parse("s:cont"), Map.of());
        c.addDataset("admin", Did.parse("s:ds2"), Map.of());
        c.registerAvailable("admin", "SRC-1", List.of(new NewReplica(Did.parse("s:g0"), 5, "00000005", null, null,
                Did.parse("s:ds2"), null, Map.of())));
        c.addReplicas("admin", "DST-2", List.of(Did.parse("s:g0")), ReplicaState.AVAILABLE, null);
        c.attach("admin", Did.parse("s:cont"), List.of(Did.parse("s:ds"), Did.parse("s:ds2")));

        Rule all = c.addRule("admin", new RuleSpec(Did.parse("s:cont"), 1, "tier=1", null, RuleGrouping.ALL, null, null,
                false, null));
        Set<String> rses = new HashSet<>();
        c.listLocks(all.id()).forEach(l -> rses.add(l.rse()));
        assertEquals(Set.of("DST-2"), rses, "ALL: every file on one RSE, the one that already has some");

        Rule perDataset = c.addRule("admin", new RuleSpec(Did.parse("s:cont"), 1, "tier=1", null, RuleGrouping.DATASET,
                null, null, false, null));
        List<ReplicaLock> locks = c.listLocks(perDataset.id());
        assertEquals(4, locks.size());
        assertEquals("DST-2", locks.stream().filter(l -> l.did().name().equals("g0")).findFirst().orElseThrow().rse());
        assertEquals(1, locks.stream().filter(l -> l.did().name().startsWith("f")).map(ReplicaLock::rse).distinct().count(),
                "a dataset's files stay together");
    }

    @StoreTest
    void failuresRetryThenStickAndSourcesRevive(Lake lake) {
        CatalogService c = lake.catalog();
        c.close();
        try (CatalogService s = CatalogStore.open(lake.config().withMaxTransferAttempts(2))) {
            seed(s);
            s.addFile("admin", new NewFile(Did.parse("s:lonely"), 9L, "00000009"));
            Rule nowhere = s.addRule("admin", RuleSpec.of(Did.parse("s:lonely"), 1, "DST-1"));
            assertEquals(RuleState.STUCK, nowhere.state(), "no replica anywhere to copy from");
            assertTrue(nowhere.error().contains("no AVAILABLE source replica"), nowhere.error());
            // the bytes show up on SRC-1: the stuck copy is queued again with that source
            s.addReplicas("admin", "SRC-1", List.of(Did.parse("s:lonely")), ReplicaState.AVAILABLE, null);
            assertEquals(RuleState.REPLICATING, s.rule(nowhere.id()).state());
            TransferRequest revived = s.listRequests(new TransferQuery(TransferState.QUEUED, null, null, nowhere.id(), 10)).get(0);
            assertEquals("SRC-1", revived.sourceRse());

            TransferRequest r = s.claimRequests("fts", "DST-1", 1).get(0);
            s.failRequest("fts", r.id(), "connection reset");
            TransferRequest again = s.request(r.id());
            assertEquals(TransferState.QUEUED, again.state(), "attempt 1 of 2: back in the queue");
            assertEquals("connection reset", again.reason());
            s.claimRequests("fts", "DST-1", 1);
            s.failRequest("fts", r.id(), "checksum mismatch at destination");
            assertEquals(TransferState.FAILED, s.request(r.id()).state());
            assertEquals(2, s.request(r.id()).attempts());
            Rule stuck = s.rule(nowhere.id());
            assertEquals(RuleState.STUCK, stuck.state());
            assertTrue(stuck.error().contains("checksum mismatch at destination"), stuck.error());
            assertThrows(VreException.class, () -> s.completeRequest("fts", r.id(), 9, "00000009", null));

            s.retryRequest("admin", r.id());
            assertEquals(RuleState.REPLICATING, s.rule(nowhere.id()).state());
            s.claimRequests("fts", "DST-1", 1);
            s.completeRequest("fts", r.id(), 9, "00000009", null);
            assertEquals(RuleState.OK, s.rule(nowhere.id()).state());
        }
    }

    @StoreTest
    void badReplicaUnderARuleIsCopiedAgain(Lake lake) {
        CatalogService c = lake.catalog();
        seed(c);
        c.addReplicas("admin", "DST-1", List.of(Did.parse("s:f0")), ReplicaState.AVAILABLE, null);
        Rule rule = c.addRule("admin", RuleSpec.of(Did.parse("s:f0"), 1, "DST-1"));
        assertEquals(RuleState.OK, rule.state());
        c.declareBad("fts", "DST-1", Did.parse("s:f0"), "disk failure");
        assertEquals(RuleState.REPLICATING, c.rule(rule.id()).state());
        TransferRequest r = queued(c).get(0);
        assertEquals("SRC-1", r.sourceRse());
        assertEquals("DST-1", r.destinationRse());
        c.claimRequests("fts", null, 1);
        c.completeRequest("fts", r.id(), 100, "00000001", null);
        assertEquals(ReplicaState.AVAILABLE, c.findReplica("DST-1", Did.parse("s:f0")).orElseThrow().state());
        assertEquals(RuleState.OK, c.rule(rule.id()).state());
    }

    @StoreTest
    void suspendedRulesHandOutNoTransfers(Lake lake) {
        CatalogService c = lake.catalog();
        seed(c);
        Rule rule = c.addRule("admin", RuleSpec.of(Did.parse("s:ds"), 1, "DST-1"));
        c.setRuleSuspended("admin", rule.id(), true);
        assertEquals(RuleState.SUSPENDED, c.rule(rule.id()).state());
        assertEquals(0, c.claimRequests("fts", null, 10).size());
        c.setRuleSuspended("admin", rule.id(), false);
        assertEquals(RuleState.REPLICATING, c.rule(rule.id()).state());
        assertEquals(3, c.claimRequests("fts", null, 10).size());
    }

    @StoreTest
    void deletionExpiryAndTheReaper(Lake lake) {
        CatalogService c = lake.catalog();
        c.close();
        DidSearchTest.MutableClock clock = new DidSearchTest.MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        try (CatalogService s = CatalogStore.open(lake.config().withClock(clock))) {
            seed(s);
            s.addReplicas("admin", "DST-1", List.of(Did.parse("s:f0"), Did.parse("s:f1")), ReplicaState.AVAILABLE, null);
            Rule keep = s.addRule("admin", RuleSpec.of(Did.parse("s:f0"), 1, "DST-1"));
            Rule temp = s.addRule("admin", new RuleSpec(Did.parse("s:ds"), 1, "DST-1", Duration.ofHours(1),
                    RuleGrouping.DATASET, null, null, false, "scratch copy"));
            Rule locked = s.addRule("admin", new RuleSpec(Did.parse("s:f2"), 1, "SRC-1", Duration.ofSeconds(10),
                    RuleGrouping.NONE, null, null, true, null));
            assertEquals(Instant.parse("2025-01-01T01:00:00Z"), s.rule(temp.id()).expiresAt());
            assertEquals(2, s.findReplica("DST-1", Did.parse("s:f0")).orElseThrow().lockCount());

            assertTrue(assertThrows(VreException.class, () -> s.deleteRule("admin", locked.id())).getMessage()
                    .contains("is locked"));
            s.addAccount("admin", "eve", AccountType.USER, false);
            assertThrows(PermissionDeniedException.class, () -> s.deleteRule("eve", keep.id()));

            assertEquals(0, s.expireRules("fts", clock.instant()), "nothing expired yet");
            clock.now = Instant.parse("2025-01-01T02:00:00Z");
            assertEquals(1, s.expireRules("fts", clock.instant()), "the locked rule does not expire");
            assertThrows(VreException.class, () -> s.rule(temp.id()));
            assertEquals(TransferState.FAILED, s.listRequests(new TransferQuery(null, null, null, temp.id(), 10)).get(0).state());

            // f1 on DST-1 and f2's COPYING replica lost their only lock; f0 is still held by 'keep'
            List<String> deleted = new ArrayList<>();
            ReapResult reaped = s.reap("fts", "DST-1", clock.instant(), (replica, pfn) -> {
                if (replica.did().name().equals("f2")) {
                    throw new java.io.IOException("permission denied on " + pfn);
                }
                deleted.add(pfn.toString());
            }, Progress.NONE);
            assertEquals(1, reaped.deleted());
            assertEquals(101L, reaped.bytesFreed());
            assertEquals(List.of("davs://dst-1.example.org:443/data/s/" + org.vre.lake.DeterministicPath.of(Did.parse("s:f1"))
                    .substring(2)), deleted);
            assertEquals(1, reaped.failures().size());
            assertTrue(reaped.failures().get(0).contains("permission denied"));
            assertTrue(s.findReplica("DST-1", Did.parse("s:f1")).isEmpty());
            assertEquals(ReplicaState.COPYING, s.findReplica("DST-1", Did.parse("s:f2")).orElseThrow().state(),
                    "a failed deletion puts the replica back");
            assertEquals(ReplicaState.AVAILABLE, s.findReplica("DST-1", Did.parse("s:f0")).orElseThrow().state());
            assertNull(s.findReplica("DST-1", Did.parse("s:f0")).orElseThrow().tombstone());
            assertEquals(3, s.findReplica("SRC-1", Did.parse("s:f0")).map(r -> 3).orElse(0), "sources untouched");

            s.setRuleLocked("admin", locked.id(), false);
            s.deleteRule("admin", locked.id());
            s.deleteRule("admin", keep.id());
            assertEquals(0, s.findReplica("DST-1", Did.parse("s:f0")).orElseThrow().lockCount());
        }
    }
}
