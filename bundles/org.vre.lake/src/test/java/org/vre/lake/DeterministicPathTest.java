package org.vre.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.vre.core.VreException;

class DeterministicPathTest {

    @Test
    void reproducesTheSeedPath() {
        // the seed's own example: /eos/eulake_1/ATLAS_LAPP_SP/9d/f2/DMCrossSectionGraphs_axial_ee.root
        Did did = Did.parse("ATLAS_LAPP_SP:DMCrossSectionGraphs_axial_ee.root");
        assertEquals("ATLAS_LAPP_SP/9d/f2/DMCrossSectionGraphs_axial_ee.root", DeterministicPath.of(did));
        RseProtocol eos = new RseProtocol("root", "eospublic.cern.ch", 1094, "/eos/eulake_1", 1, 1, 1, 1);
        assertEquals(URI.create("root://eospublic.cern.ch:1094/eos/eulake_1/ATLAS_LAPP_SP/9d/f2/DMCrossSectionGraphs_axial_ee.root"),
                eos.pfn(DeterministicPath.of(did)));
    }

    @Test
    void userAndGroupScopesBecomeFolders() {
        assertTrue(DeterministicPath.of(Did.parse("user.jdoe:f.root")).startsWith("user/jdoe/"));
        assertTrue(DeterministicPath.of(Did.parse("group.phys:f.root")).startsWith("group/phys/"));
        assertTrue(DeterministicPath.of(Did.parse("data18.13TeV:f.root")).startsWith("data18.13TeV/"));
    }

    @Test
    void fileUrlsKeepTheirPrefix() {
        RseProtocol p = RseProtocol.fromUrl("file:///tmp/lake/storage/eos/eulake_1");
        assertEquals("file", p.scheme());
        assertEquals("/tmp/lake/storage/eos/eulake_1/", p.prefix());
        assertEquals("file:///tmp/lake/storage/eos/eulake_1/s/ab/cd/x", p.pfn("s/ab/cd/x").toString());
        RseProtocol davs = RseProtocol.fromUrl("davs://store.example.org:8443/data");
        assertEquals(8443, davs.port());
        assertEquals("davs://store.example.org:8443/data/a", davs.pfn("a").toString());
    }

    @Test
    void refusesBadStorageUrls() {
        assertThrows(VreException.class, () -> RseProtocol.fromUrl("not a url"));
        assertThrows(VreException.class, () -> RseProtocol.fromUrl("file:///a/../b"));
        assertThrows(VreException.class, () -> RseProtocol.fromUrl("https:///nohost"));
    }
}
