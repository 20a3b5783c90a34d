package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.DidFilter;
import org.vre.lake.NewFile;

class DidSearchTest {

    private static List<String> search(CatalogService c, String filter, boolean recursive) {
        try (var found = c.searchDids("s", DidFilter.parse(filter), recursive)) {
            return found.map(d -> d.did().name()).sorted().toList();
        }
    }

    private static void seed(CatalogService c) {
        c.addScope("admin", "s", "admin");
        List<NewFile> files = new ArrayList<>();
        for (int run = 1; run <= 6; run++) {
            files.add(new NewFile(Did.parse("s:run" + run + ".root"), run * 100L, null, null, null,
                    Map.of("run", (long) run, "energy", run <= 3 ? 7.0 : 13.0, "stream", run % 2 == 0 ? "even" : "odd")));
        }
        files.add(new NewFile(Did.parse("s:notes.txt"), 5L, null));
        c.addDataset("admin", Did.parse("s:ds_a"), Map.of("campaign", "mc23"));
        c.addFiles("admin", Did.parse("s:ds_a"), files.subList(0, 3), Progress.NONE);
        c.addDataset("admin", Did.parse("s:ds_b"), Map.of("campaign", "data24"));
        c.addFiles("admin", Did.parse("s:ds_b"), files.subList(3, 7), Progress.NONE);
        c.addContainer("admin", Did.parse("s:all"), Map.of());
        c.attach("admin", Did.parse("s:all"), List.of(Did.parse("s:ds_a")));
    }

    @StoreTest
    void wildcardsTypesAndMetadataComparisons(Lake lake) {
        CatalogService c = lake.catalog();
        seed(c);
        assertEquals(List.of("run1.root", "run2.root", "run3.root", "run4.root", "run5.root", "run6.root"),
                search(c, "name=run*.root", false));
        assertEquals(List.of("run1.root"), search(c, "name=run?.root, run=1", false));
        assertEquals(List.of("ds_a", "ds_b"), search(c, "type=dataset", false));
        assertEquals(List.of("all", "ds_a", "ds_b"), search(c, "type=collection", false));
        assertEquals(List.of("run4.root", "run5.root", "run6.root"), search(c, "run>3", false));
        assertEquals(List.of("run3.root", "run4.root", "run5.root", "run6.root"), search(c, "run>=3", false));
        assertEquals(List.of("run1.root", "run2.root"), search(c, "run<3", false));
        assertEquals(List.of("run1.root", "run2.root", "run3.root"), search(c, "run<=3", false));
        assertEquals(List.of("run1.root", "run2.root", "run4.root", "run5.root", "run6.root"), search(c, "run!=3", false));
        assertEquals(List.of("run4.root", "run6.root"), search(c, "energy=13, stream=even", false));
        assertEquals(List.of("run1.root", "run2.root", "run6.root"), search(c, "run<=2; run=6", false), "OR");
        assertEquals(List.of("run2.root", "run4.root"), search(c, "stream=even and run<5 or name=nothing", false));
        assertEquals(List.of("ds_b"), search(c, "campaign=data24", false));
        assertEquals(List.of("run5.root", "run6.root"), search(c, "bytes>400, type=file", false));
        assertEquals(List.of("ds_b"), search(c, "length>=4", false));
        assertEquals(List.of("notes.txt"), search(c, "type=file, name!=run*", false));
        assertEquals(13, search(c, "", false).size() + 3, "all DIDs: 7 files, 2 datasets, 1 container");
        assertEquals(List.of(), search(c, "run>100", false));
    }

    @StoreTest
    void recursiveListsContent(Lake lake) {
        CatalogService c = lake.catalog();
        seed(c);
        assertEquals(List.of("all", "ds_a", "run1.root", "run2.root", "run3.root"), search(c, "name=all", true));
        assertEquals(List.of("ds_b", "notes.txt", "run4.root", "run5.root", "run6.root"), search(c, "campaign=data24", true));
    }

    @StoreTest
    void createdBeforeAndAfter(Lake lake) {
        CatalogService c = lake.catalog();
        c.close();
        MutableClock clock = new MutableClock(Instant.parse("2024-01-10T00:00:00Z"));
        try (CatalogService timed = CatalogStore.open(lake.config().withClock(clock))) {
            timed.addScope("admin", "s", "admin");
            timed.addDataset("admin", Did.parse("s:old"), Map.of());
            clock.now = Instant.parse("2024-03-10T00:00:00Z");
            timed.addDataset("admin", Did.parse("s:new"), Map.of());
            assertEquals(List.of("old"), search(timed, "created_before=2024-02-01", false));
            assertEquals(List.of("new"), search(timed, "created_after=2024-02-01T00:00:00Z", false));
            assertTrue(assertThrows(VreException.class, () -> search(timed, "created_after=yesterday", false))
                    .getMessage().contains("needs a date"));
            assertTrue(assertThrows(VreException.class, () -> search(timed, "type=table", false))
                    .getMessage().contains("type 'table' is unknown"));
        }
    }

    @StoreTest
    void resultsStreamLazily(Lake lake) {
        CatalogService c = lake.catalog();
        c.addScope("admin", "s", "admin");
        List<NewFile> files = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            files.add(new NewFile(Did.parse("s:f" + i), 1L, null));
        }
        c.addFiles("admin", null, files, Progress.NONE);
        // take a few and close: the cursor is released, so many such searches never exhaust the pool
        for (int i = 0; i < 40; i++) {
            try (var found = c.searchDids("s", DidFilter.parse("name=f*"), false)) {
                List<DidDetails> first = found.limit(3).toList();
                assertEquals(3, first.size());
            }
        }
        try (var found = c.searchDids("s", DidFilter.all(), false)) {
            assertEquals(20000, found.count());
        }
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
