package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LakeLocationTest {

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        assertEquals(Path.of("/data/a"), LakeLocation.resolve("/data/a", Map.of("VRE_LAKE", "/data/b")).lakeDir());
        assertEquals(Path.of("/data/b"), LakeLocation.resolve(null, Map.of("VRE_LAKE", "/data/b")).lakeDir());
        assertEquals(Path.of(System.getProperty("user.home"), ".vre", "lake"), LakeLocation.resolve(null, Map.of()).lakeDir());
        assertTrue(LakeLocation.resolve("/data/a", Map.of()).jdbcUrl().startsWith("jdbc:h2:file:/data/a/catalog;AUTO_SERVER=TRUE"));
    }

    @Test
    void jdbcUrlsTakeCredentialsFromTheEnvironmentOnly() {
        LakeConfig c = LakeLocation.resolve("jdbc:postgresql://db:5432/lake", Map.of("VRE_LAKE_USER", "vre",
                "VRE_LAKE_PASSWORD", "s3cret"));
        assertEquals("jdbc:postgresql://db:5432/lake", c.jdbcUrl());
        assertEquals("vre", c.user());
        assertEquals("s3cret", c.password());
        assertNull(c.lakeDir());
        assertFalse(LakeConfig.jdbc("jdbc:postgresql://db/lake?password=s3cret", "u", "p", null).toString().contains("s3cret"),
                "never printed");
        assertEquals(Path.of("/srv/storage"), LakeLocation.resolve("jdbc:postgresql://db/lake",
                Map.of("VRE_LAKE_STORAGE", "/srv/storage")).lakeDir());
    }

    @Test
    void osAccountIsAValidAccountName() {
        String account = LakeConfig.osAccount();
        org.vre.lake.Names.checkAccount(account);
    }
}
