package org.vre.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vre.core.VreException;

class NamesTest {

    private static String refusal(String did) {
        return assertThrows(VreException.class, () -> Did.parse(did)).getMessage();
    }

    @Test
    void parsesScopeAndName() {
        Did did = Did.parse("ATLAS_LAPP_SP:DMCrossSectionGraphs_axial_ee.root");
        assertEquals("ATLAS_LAPP_SP", did.scope());
        assertEquals("DMCrossSectionGraphs_axial_ee.root", did.name());
        assertEquals("ATLAS_LAPP_SP:DMCrossSectionGraphs_axial_ee.root", did.toString());
    }

    @Test
    void refusesPathTraversalAndSaysWhy() {
        assertTrue(refusal("s:../../etc/passwd").contains("'..' (path traversal)"), refusal("s:../../etc/passwd"));
        assertTrue(refusal("s:/etc/passwd").contains("absolute path"));
        assertTrue(refusal("s:a/b").contains("'/' at position 2"));
        assertTrue(refusal("s:..").contains("path traversal"));
        assertTrue(refusal("..:x").contains("scope '..' is refused"));
    }

    @Test
    void refusesControlCharactersNulAndLongNames() {
        assertTrue(refusal("s:a\u0000b").contains("NUL at position 2"));
        assertTrue(refusal("s:a\nb").contains("control character at position 2"));
        assertTrue(refusal("s:a\nb").contains("a\\u000ab"), "the message shows the control character escaped");
        assertTrue(refusal("s:" + "x".repeat(251)).contains("251 characters, at most 250"));
        Did.parse("s:" + "x".repeat(250));
        assertTrue(refusal("a".repeat(26) + ":x").contains("at most 25"));
    }

    @Test
    void refusesBadCharactersAndMissingScope() {
        assertTrue(refusal("noscope").contains("has no scope"));
        assertTrue(refusal("s:a b").contains("' ' at position 2"));
        assertTrue(refusal("s:.hidden").contains("must start with a letter or digit"));
        assertTrue(refusal("s c:x").contains("scope 's c' is refused"));
        assertTrue(refusal("s:").contains("name is empty"));
    }

    @Test
    void checksAccountsAndRses() {
        Names.checkAccount("jdoe");
        assertThrows(VreException.class, () -> Names.checkAccount("JDoe"));
        Names.checkRse("EULAKE-1");
        Names.checkRse("CERN_PROD");
        assertTrue(assertThrows(VreException.class, () -> Names.checkRse("eulake-1")).getMessage().contains("upper-case"));
        assertThrows(VreException.class, () -> Names.checkRse("A--B"));
    }

    @Test
    void normalisesChecksums() {
        assertEquals("0a1b2c3d", Checksums.adler32("0A1B2C3D"));
        assertEquals("00000abc", Checksums.adler32("abc"));
        assertEquals("00000001", Checksums.adler32(1L));
        assertThrows(VreException.class, () -> Checksums.adler32("xyz"));
        assertThrows(VreException.class, () -> Checksums.adler32("123456789"));
        assertThrows(VreException.class, () -> Checksums.md5("abc"));
    }
}
