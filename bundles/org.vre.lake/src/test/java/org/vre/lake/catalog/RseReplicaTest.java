package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vre.core.VreException;
import org.vre.lake.AccountType;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.FileReplicas;
import org.vre.lake.NewFile;
import org.vre.lake.NewReplica;
import org.vre.lake.PermissionDeniedException;
import org.vre.lake.Pfn;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rse;
import org.vre.lake.RseProtocol;

class RseReplicaTest {

    static final Did SEED = Did.parse("ATLAS_LAPP_SP:DMCrossSectionGraphs_axial_ee.root");

    static void eulake(CatalogService c) {
        c.addRse("admin", "EULAKE-1", true, Map.of("tier", "1", "country", "FR"), List.of(
                new RseProtocol("root", "eospublic.cern.ch", 1094, "/eos/eulake_1", 1, 1, 1, 1),
                new RseProtocol("davs", "eospublic.cern.ch", 8443, "/eos/eulake_1", 2, 2, 2, 2)));
    }

    @StoreTest
    void rseAttributesProtocolsAndExpressions(Lake lake) {
        CatalogService c = lake.catalog();
        eulake(c);
        c.addRse("admin", "CERN-PROD", true, Map.of("tier", "0"), List.of(RseProtocol.fromUrl("https://cern.ch:443/prod")));
        c.setRseAttributes("admin", "CERN-PROD", Map.of("country", "CH", "tier", "1"));
        assertEquals(Map.of("country", "CH", "tier", "1"), c.rse("CERN-PROD").attributes());
        assertEquals(List.of("CERN-PROD", "EULAKE-1"), c.listRses("tier=1").stream().map(Rse::name).toList());
        assertEquals(List.of("EULAKE-1"), c.listRses("tier=1&country=FR").stream().map(Rse::name).toList());
        assertEquals(List.of("CERN-PROD", "LOCAL"), c.listRses("*\\EULAKE-1").stream().map(Rse::name).toList());
        assertTrue(assertThrows(VreException.class, () -> c.listRses("country=US")).getMessage().contains("matches no RSE"));
        c.removeRseAttribute("admin", "CERN-PROD", "country");
        assertEquals(Map.of("tier", "1"), c.rse("CERN-PROD").attributes());
        assertEquals(List.of("root", "davs"), c.rse("EULAKE-1").protocols().stream().map(RseProtocol::scheme).toList());
        c.addProtocol("admin", "EULAKE-1", new RseProtocol("https", "eospublic.cern.ch", 443, "/eos/eulake_1", 3, 0, 0, 1));
        c.removeProtocol("admin", "EULAKE-1", "davs");
        assertEquals(List.of("root", "https"), c.rse("EULAKE-1").protocols().stream().map(RseProtocol::scheme).toList());
        assertTrue(assertThrows(VreException.class, () -> c.addRse("admin", "eulake", true, Map.of(), List.of()))
                .getMessage().contains("upper-case"));
        assertTrue(assertThrows(VreException.class, () -> c.addRse("admin", "EULAKE-1", true, Map.of(), List.of()))
                .getMessage().contains("already exists"));
        c.deleteRse("admin", "CERN-PROD");
        assertEquals(2, c.listRses().size());
    }

    @StoreTest
    void deterministicPfnsReproduceTheSeed(Lake lake) {
        CatalogService c = lake.catalog();
        eulake(c);
        c.addScope("admin", "ATLAS_LAPP_SP", "admin");
        c.addFile("admin", new NewFile(SEED, 1024L, "0a1b2c3d"));
        c.addReplicas("admin", "EULAKE-1", List.of(SEED), ReplicaState.AVAILABLE, null);
        List<Pfn> write = c.pfns("EULAKE-1", SEED, RseProtocol.Operation.WRITE);
        assertEquals(URI.create("root://eospublic.cern.ch:1094/eos/eulake_1/ATLAS_LAPP_SP/9d/f2/DMCrossSectionGraphs_axial_ee.root"),
                write.get(0).uri());
        try (var listed = c.listReplicas(SEED, Set.of())) {
            FileReplicas r = listed.findFirst().orElseThrow();
            assertEquals(1024L, r.bytes());
            assertEquals("0a1b2c3d", r.adler32());
            assertEquals(List.of("root", "davs"), r.pfns().stream().map(Pfn::scheme).toList(), "by read priority");
            assertTrue(r.pfns().get(1).uri().toString().endsWith("/eos/eulake_1/ATLAS_LAPP_SP/9d/f2/DMCrossSectionGraphs_axial_ee.root"));
        }
        try (var listed = c.listReplicas(SEED, Set.of("davs"))) {
            assertEquals(List.of("davs"), listed.findFirst().orElseThrow().pfns().stream().map(Pfn::scheme).toList());
        }
        assertTrue(assertThrows(VreException.class, () -> c.addReplicas("admin", "EULAKE-1", List.of(SEED),
                ReplicaState.AVAILABLE, null)).getMessage().contains("already has a replica"));
        assertTrue(assertThrows(VreException.class, () -> c.deleteRse("admin", "EULAKE-1")).getMessage()
                .contains("still holds 1 replicas"));
    }

    @StoreTest
    void nonDeterministicRsesKeepExplicitPaths(Lake lake) {
        CatalogService c = lake.catalog();
        c.addRse("admin", "TAPE-1", false, Map.of(), List.of(RseProtocol.fromUrl("root://tape.example.org:1094/archive")));
        c.addScope("admin", "s", "admin");
        c.addFile("admin", new NewFile(Did.parse("s:f.root"), 5L, "00000005"));
        assertTrue(assertThrows(VreException.class, () -> c.addReplicas("admin", "TAPE-1", List.of(Did.parse("s:f.root")),
                ReplicaState.AVAILABLE, null)).getMessage().contains("not deterministic: give the path"));
        assertTrue(assertThrows(VreException.class, () -> c.pfns("TAPE-1", Did.parse("s:f.root"), RseProtocol.Operation.READ))
                .getMessage().contains("its path is unknown"));
        assertTrue(assertThrows(VreException.class, () -> c.addReplicas("admin", "TAPE-1", List.of(Did.parse("s:f.root")),
                ReplicaState.AVAILABLE, "2024/../../etc")).getMessage().contains("'..'"));
        c.addReplicas("admin", "TAPE-1", List.of(Did.parse("s:f.root")), ReplicaState.AVAILABLE, "2024/06/run7/f.root");
        assertEquals("root://tape.example.org:1094/archive/2024/06/run7/f.root",
                c.pfns("TAPE-1", Did.parse("s:f.root"), RseProtocol.Operation.READ).get(0).uri().toString());
    }

    @StoreTest
    void registerAvailableIsOneTransactionAndChecksContent(Lake lake) {
        CatalogService c = lake.catalog();
        eulake(c);
        c.addScope("admin", "s", "admin");
        c.addDataset("admin", Did.parse("s:ds"), Map.of());
        c.addFile("admin", new NewFile(Did.parse("s:known"), 7L, "00000007"));
        // the second replica's checksum disagrees with the catalogue: nothing of the batch is registered
        VreException e = assertThrows(VreException.class, () -> c.registerAvailable("admin", "EULAKE-1", List.of(
                new NewReplica(Did.parse("s:new1"), 3L, "00000003", null, null, Did.parse("s:ds"), null, Map.of()),
                new NewReplica(Did.parse("s:known"), 7L, "ffffffff", null, null, null, null, Map.of()))));
        assertTrue(e.getMessage().contains("adler32 is ffffffff, the catalogue has 00000007"), e.getMessage());
        assertTrue(c.findDid(Did.parse("s:new1")).isEmpty());
        assertEquals(0, c.did(Did.parse("s:ds")).length());

        assertEquals(2, c.registerAvailable("admin", "EULAKE-1", List.of(
                new NewReplica(Did.parse("s:new1"), 3L, "00000003", null, null, Did.parse("s:ds"), null, Map.of("run", 1L)),
                new NewReplica(Did.parse("s:known"), 7L, "00000007", "0123456789abcdef0123456789abcdef"))));
        Replica r = c.findReplica("EULAKE-1", Did.parse("s:new1")).orElseThrow();
        assertEquals(ReplicaState.AVAILABLE, r.state());
        assertEquals(3L, r.bytes());
        assertEquals(1, c.did(Did.parse("s:ds")).length());
        assertEquals("0123456789abcdef0123456789abcdef", c.did(Did.parse("s:known")).md5(), "filled in");
        assertTrue(assertThrows(VreException.class, () -> new NewReplica(Did.parse("s:x"), 1L, null, null))
                .getMessage().contains("needs adler32 or md5"));
    }

    @StoreTest
    void badAndSuspiciousReplicas(Lake lake) {
        CatalogService c = lake.catalog();
        eulake(c);
        c.addRse("admin", "DESY-1", true, Map.of(), List.of(RseProtocol.fromUrl("davs://desy.de:443/pnfs")));
        c.addScope("admin", "s", "admin");
        Did f = Did.parse("s:f");
        c.registerAvailable("admin", "EULAKE-1", List.of(new NewReplica(f, 1L, "00000001", null)));
        c.registerAvailable("admin", "DESY-1", List.of(new NewReplica(f, 1L, "00000001", null)));
        try (var l = c.listReplicas(f, Set.of())) {
            assertEquals("DESY-1", l.findFirst().orElseThrow().pfns().get(0).rse(), "priority 1 davs ties root, then RSE name");
        }
        c.declareSuspicious("admin", "DESY-1", f, "checksum mismatch on read");
        try (var l = c.listReplicas(f, Set.of())) {
            assertEquals("EULAKE-1", l.findFirst().orElseThrow().pfns().get(0).rse(), "suspicious replicas come last");
        }
        c.declareSuspicious("admin", "DESY-1", f, "again");
        assertEquals(ReplicaState.AVAILABLE, c.findReplica("DESY-1", f).orElseThrow().state());
        c.declareSuspicious("admin", "DESY-1", f, "third time");
        assertEquals(ReplicaState.BAD, c.findReplica("DESY-1", f).orElseThrow().state());
        try (var l = c.listReplicas(f, Set.of())) {
            assertTrue(l.findFirst().orElseThrow().pfns().stream().noneMatch(p -> p.rse().equals("DESY-1")));
        }
        c.addAccount("admin", "eve", AccountType.USER, false);
        assertThrows(PermissionDeniedException.class, () -> c.declareBad("eve", "EULAKE-1", f, "vandal"));
        c.addAccount("admin", "fts", AccountType.SERVICE, false);
        c.declareBad("fts", "EULAKE-1", f, "lost disk");
        assertEquals(ReplicaState.BAD, c.findReplica("EULAKE-1", f).orElseThrow().state());
        c.deleteReplica("admin", "EULAKE-1", f);
        assertTrue(c.findReplica("EULAKE-1", f).isEmpty());
    }

    @StoreTest
    void recursiveListingOfContainers(Lake lake) {
        CatalogService c = lake.catalog();
        eulake(c);
        c.addScope("admin", "s", "admin");
        c.addContainer("admin", Did.parse("s:c"), Map.of());
        for (String ds : List.of("d1", "d2")) {
            c.addDataset("admin", Did.parse("s:" + ds), Map.of());
            c.attach("admin", Did.parse("s:c"), List.of(Did.parse("s:" + ds)));
            for (int i = 0; i < 3; i++) {
                c.registerAvailable("admin", "EULAKE-1", List.of(new NewReplica(Did.parse("s:" + ds + "_" + i), 1L,
                        "00000001", null, null, Did.parse("s:" + ds), null, Map.of())));
            }
        }
        c.addFile("admin", new NewFile(Did.parse("s:noreplica"), 1L, null));
        c.attach("admin", Did.parse("s:d2"), List.of(Did.parse("s:noreplica")));
        try (var l = c.listReplicas(Did.parse("s:c"), Set.of("root"))) {
            List<FileReplicas> all = l.toList();
            assertEquals(7, all.size());
            assertEquals(6, all.stream().filter(f -> f.pfns().size() == 1).count());
            assertTrue(all.stream().anyMatch(f -> f.did().name().equals("noreplica") && f.pfns().isEmpty()));
        }
        try (var l = c.listReplicasOnRse("EULAKE-1")) {
            assertEquals(6, l.count());
        }
    }
}
