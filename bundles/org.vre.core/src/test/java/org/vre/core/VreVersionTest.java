package org.vre.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VreVersionTest {

    @Test
    void versionComesFromTheBuild() {
        assertTrue(VreVersion.get().matches("\\d+\\.\\d+\\.\\d+.*"), VreVersion.get());
        assertTrue(!VreVersion.get().equals("0.0.0-dev"), "the build filters version.properties");
    }
}
