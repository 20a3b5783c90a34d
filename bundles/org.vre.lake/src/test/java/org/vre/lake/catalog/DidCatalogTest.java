package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.vre.core.CancelledException;
import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.DidType;
import org.vre.lake.NewFile;
import org.vre.lake.NotFoundException;

class DidCatalogTest {

    static Did did(String text) {
        return Did.parse(text);
    }

    @StoreTest
    void filesDatasetsContainersAndAttachments(Lake lake) {
        CatalogService c = lake.catalog();
        c.addScope("admin", "phys", "admin");
        DidDetails f = c.addFile("admin", new NewFile(did("phys:f1.root"), 1024L, "0A1B2C3D", "0123456789abcdef0123456789abcdef",
                "6e0f2b1a-1111-2222-3333-444455556666", Map.of()));
        assertEquals(DidType.FILE, f.type());
        assertEquals(1024L, f.bytes());
        assertEquals("0a1b2c3d", f.adler32());
        assertEquals("0123456789abcdef0123456789abcdef", f.md5());
        assertEquals("admin", f.account());
        c.addFile("admin", new NewFile(did("phys:f2.root"), 10L, null));
        c.addDataset("admin", did("phys:ds1"), Map.of());
        c.addDataset("admin", did("phys:ds2"), Map.of());
        c.addContainer("admin", did("phys:cont"), Map.of());
        c.attach("admin", did("phys:ds1"), List.of(did("phys:f1.root"), did("phys:f2.root")));
        c.attach("admin", did("phys:ds2"), List.of(did("phys:f1.root"))); // a file in many datasets
        c.attach("admin", did("phys:cont"), List.of(did("phys:ds1"), did("phys:ds2")));

        assertEquals(2, c.did(did("phys:ds1")).length());
        assertEquals(List.of(did("phys:ds1"), did("phys:ds2")), c.listParents(did("phys:f1.root")));
        try (var files = c.listFiles(did("phys:cont"))) {
            assertEquals(List.of("f1.root", "f2.root"), files.map(d -> d.did().name()).toList(), "each file once");
        }
        try (var content = c.listContent(did("phys:cont"))) {
            assertEquals(List.of("ds1", "ds2"), content.map(d -> d.did().name()).toList());
        }
        c.addFile("admin", new NewFile(did("phys:loose.root"), 5L, null));
        try (var roots = c.listRoots("phys")) {
            assertEquals(List.of("cont", "loose.root"), roots.map(d -> d.did().name()).toList(),
                    "only DIDs no collection contains, in registration order");
        }
        c.detach("admin", did("phys:ds1"), List.of(did("phys:f2.root")));
        try (var roots = c.listRoots("phys")) {
            assertEquals(List.of("f2.root", "cont", "loose.root"), roots.map(d -> d.did().name()).toList(),
                    "a detached file becomes a root");
        }
        assertEquals(1, c.did(did("phys:ds1")).length());
        assertTrue(assertThrows(VreException.class, () -> c.detach("admin", did("phys:ds1"), List.of(did("phys:f2.root"))))
                .getMessage().contains("is not attached"));
    }

    @StoreTest
    void attachRefusesCyclesWrongTypesAndClosedDatasets(Lake lake) {
        CatalogService c = lake.catalog();
        c.addScope("admin", "s", "admin");
        c.addContainer("admin", did("s:a"), Map.of());
        c.addContainer("admin", did("s:b"), Map.of());
        c.addContainer("admin", did("s:c"), Map.of());
        c.addDataset("admin", did("s:ds"), Map.of());
        c.addFile("admin", new NewFile(did("s:f"), 1L, null));
        c.attach("admin", did("s:a"), List.of(did("s:b")));
        c.attach("admin", did("s:b"), List.of(did("s:c")));
        VreException e = assertThrows(VreException.class, () -> c.attach("admin", did("s:c"), List.of(did("s:a"))));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertTrue(assertThrows(VreException.class, () -> c.attach("admin", did("s:a"), List.of(did("s:a"))))
                .getMessage().contains("cycle"));
        assertTrue(assertThrows(VreException.class, () -> c.attach("admin", did("s:ds"), List.of(did("s:a"))))
                .getMessage().contains("datasets hold files only"));
        assertTrue(assertThrows(VreException.class, () -> c.attach("admin", did("s:a"), List.of(did("s:f"))))
                .getMessage().contains("containers hold datasets and containers"));
        assertTrue(assertThrows(VreException.class, () -> c.attach("admin", did("s:f"), List.of(did("s:ds"))))
                .getMessage().contains("it is a file"));
        c.setOpen("admin", did("s:ds"), false);
        assertFalse(c.did(did("s:ds")).open());
        assertTrue(assertThrows(VreException.class, () -> c.attach("admin", did("s:ds"), List.of(did("s:f"))))
                .getMessage().contains("it is closed"));
        assertEquals(0, c.did(did("s:ds")).length());
        assertThrows(NotFoundException.class, () -> c.did(did("s:nothing")));
        assertTrue(assertThrows(VreException.class, () -> c.addDataset("admin", did("s:ds"), Map.of()))
                .getMessage().contains("already exists"));
        assertTrue(assertThrows(VreException.class, () -> c.addDataset("admin", did("nosuch:ds"), Map.of()))
                .getMessage().contains("scope 'nosuch' does not exist"));
    }

    @StoreTest
    void typedMetadata(Lake lake) {
        CatalogService c = lake.catalog();
        c.addScope("admin", "s", "admin");
        Instant t = Instant.parse("2024-05-01T10:00:00Z");
        c.addDataset("admin", did("s:run1"), Map.of("run", 300123L, "energy", 13.6, "stream", "physics_Main",
                "good", true, "taken", t));
        Map<String, Object> m = c.metadata(did("s:run1"));
        assertEquals(300123L, m.get("run"));
        assertEquals(13.6, m.get("energy"));
        assertEquals("physics_Main", m.get("stream"));
        assertEquals(true, m.get("good"));
        assertEquals(t, m.get("taken"));
        Map<String, Object> change = new java.util.HashMap<>();
        change.put("stream", null);
        change.put("run", 300124L);
        c.setMetadata("admin", did("s:run1"), change);
        assertEquals(Map.of("run", 300124L, "energy", 13.6, "good", true, "taken", t), c.metadata(did("s:run1")));
        assertTrue(assertThrows(VreException.class, () -> c.setMetadata("admin", did("s:run1"), Map.of("name", "x")))
                .getMessage().contains("reserved"));
        assertTrue(assertThrows(VreException.class, () -> c.setMetadata("admin", did("s:run1"), Map.of("x", List.of())))
                .getMessage().contains("unsupported type"));
    }

    @StoreTest
    void bulkRegistrationIsAllOrNothing(Lake lake) {
        CatalogService c = lake.catalog();
        c.addScope("admin", "s", "admin");
        c.addDataset("admin", did("s:ds"), Map.of());
        c.addFile("admin", new NewFile(did("s:f04321"), 1L, null));
        List<NewFile> files = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            files.add(new NewFile(did(String.format("s:f%05d", i)), (long) i, "00000001", null, null,
                    i % 2 == 0 ? Map.of("run", (long) i) : Map.of()));
        }
        VreException e = assertThrows(VreException.class, () -> c.addFiles("admin", did("s:ds"), files, Progress.NONE));
        assertTrue(e.getMessage().contains("s:f04321 already exists"), e.getMessage());
        assertEquals(0, c.did(did("s:ds")).length());
        assertTrue(c.findDid(did("s:f00000")).isEmpty());

        List<NewFile> fresh = files.subList(0, 4000);
        AtomicLong worked = new AtomicLong();
        assertEquals(4000, c.addFiles("admin", did("s:ds"), fresh, new Progress() {
            @Override public void begin(String task, long total) { }
            @Override public void worked(long w) { worked.addAndGet(w); }
            @Override public boolean isCancelled() { return false; }
        }));
        assertEquals(4000, worked.get());
        assertEquals(4000, c.did(did("s:ds")).length());
        try (var content = c.listContent(did("s:ds"))) {
            assertEquals(4000, content.count());
        }
        assertEquals(Map.of("run", 10L), c.metadata(did("s:f00010")));

        // cancelled half way: nothing of it stays
        List<NewFile> more = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            more.add(new NewFile(did("s:g" + i), 1L, null));
        }
        AtomicLong calls = new AtomicLong();
        assertThrows(CancelledException.class, () -> c.addFiles("admin", did("s:ds"), more, new Progress() {
            @Override public void begin(String task, long total) { }
            @Override public void worked(long w) { }
            @Override public boolean isCancelled() { return calls.incrementAndGet() > 2; }
        }));
        assertTrue(c.findDid(did("s:g0")).isEmpty());
        assertEquals(4000, c.did(did("s:ds")).length());
        assertTrue(assertThrows(VreException.class, () -> c.addFiles("admin", null,
                List.of(new NewFile(did("s:x"), 1L, null), new NewFile(did("s:x"), 1L, null)), Progress.NONE))
                .getMessage().contains("listed twice"));
    }
}
