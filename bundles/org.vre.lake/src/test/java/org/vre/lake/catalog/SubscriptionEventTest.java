package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.EventQuery;
import org.vre.lake.LakeEvent;
import org.vre.lake.NewFile;
import org.vre.lake.Rule;
import org.vre.lake.RuleTemplate;
import org.vre.lake.SubscriptionState;

class SubscriptionEventTest {

    @StoreTest
    void subscriptionsMakeRulesForNewMatchesOnce(Lake lake) {
        CatalogService c = lake.catalog();
        RuleEngineTest.seed(c);
        c.addDataset("admin", Did.parse("s:before_raw"), Map.of("datatype", "RAW"));
        c.addSubscription("admin", "raw-to-dst", "s", "type=dataset, datatype=RAW",
                List.of(RuleTemplate.of(1, "DST-1"), RuleTemplate.of(1, "tier=0")), "RAW everywhere");
        c.addDataset("admin", Did.parse("s:raw1"), Map.of("datatype", "RAW"));
        c.addDataset("admin", Did.parse("s:aod1"), Map.of("datatype", "AOD"));
        c.addFile("admin", new NewFile(Did.parse("s:rawfile"), 1L, null));
        assertEquals(2, c.runSubscriptions("admin", Progress.NONE), "two templates on the one new match");
        List<Rule> rules = c.listRules(Did.parse("s:raw1"), null);
        assertEquals(2, rules.size());
        assertEquals("admin", rules.get(0).account());
        assertTrue(c.listRules(Did.parse("s:before_raw"), null).isEmpty(), "only DIDs registered after it");
        assertTrue(c.listRules(Did.parse("s:aod1"), null).isEmpty());
        assertEquals(0, c.runSubscriptions("admin", Progress.NONE), "each DID is handled once");

        c.setSubscriptionState("admin", "raw-to-dst", SubscriptionState.INACTIVE);
        c.addDataset("admin", Did.parse("s:raw2"), Map.of("datatype", "RAW"));
        assertEquals(0, c.runSubscriptions("admin", Progress.NONE));
        assertTrue(c.listSubscriptions().get(0).lastProcessedAt() != null);
        assertTrue(assertThrows(VreException.class, () -> c.addSubscription("admin", "raw-to-dst", "s", "",
                List.of(RuleTemplate.of(1, "DST-1")), null)).getMessage().contains("already exists"));
        assertTrue(assertThrows(VreException.class, () -> c.addSubscription("admin", "x", "s", "run>>1",
                List.of(RuleTemplate.of(1, "DST-1")), null)).getMessage().contains("at position"));
    }

    @StoreTest
    void aSubscriptionThatCannotBeAppliedIsBroken(Lake lake) {
        CatalogService c = lake.catalog();
        RuleEngineTest.seed(c);
        c.addSubscription("admin", "too-many", "s", "type=dataset", List.of(RuleTemplate.of(9, "*")), null);
        c.addDataset("admin", Did.parse("s:new"), Map.of());
        assertEquals(0, c.runSubscriptions("admin", Progress.NONE));
        assertEquals(SubscriptionState.BROKEN, c.listSubscriptions().get(0).state());
        try (var events = c.events(new EventQuery(null, null, "subscription.run", null, null, 10))) {
            LakeEvent e = events.findFirst().orElseThrow();
            assertEquals(LakeEvent.Outcome.FAILED, e.outcome());
            assertTrue(e.detail().contains("asks for 9 copies"), e.detail());
        }
    }

    @StoreTest
    void everyOperationIsLoggedAndPushed(Lake lake) {
        CatalogService c = lake.catalog();
        List<LakeEvent> pushed = new ArrayList<>();
        c.addListener(pushed::add);
        c.addScope("admin", "s", "admin");
        c.addDataset("admin", Did.parse("s:ds"), Map.of());
        assertThrows(VreException.class, () -> c.addDataset("admin", Did.parse("s:ds"), Map.of()));
        assertEquals(List.of("scope.add", "did.add", "did.add"), pushed.stream().map(LakeEvent::type).toList());
        assertEquals(LakeEvent.Outcome.FAILED, pushed.get(2).outcome());
        assertTrue(pushed.get(2).detail().contains("already exists"));
        assertEquals("s:ds", pushed.get(1).target());

        long after = pushed.get(0).id() - 1;
        try (var log = c.events(EventQuery.after(after))) {
            assertEquals(pushed.stream().map(LakeEvent::id).toList(), log.map(LakeEvent::id).toList(),
                    "the log holds what the listeners saw, in order");
        }
        try (var mine = c.events(new EventQuery(null, "admin", "did.", null, null, 1))) {
            assertEquals(1, mine.count());
        }
        LakeEvent external = c.recordEvent("admin", "transfer.upload", "s:f@LOCAL", LakeEvent.Outcome.OK, "12 bytes in 3 ms");
        assertEquals(external, pushed.get(pushed.size() - 1));
        assertThrows(VreException.class, () -> c.recordEvent("admin", "Bad Type", "x", LakeEvent.Outcome.OK, null));
        c.removeListener(pushed::add);
    }
}
