package org.vre.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, read from the bundle's own resource so it works inside and outside OSGi. */
public final class VreVersion {

    private static final String VERSION = load();

    private VreVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = VreVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "0.0.0-dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "0.0.0-dev");
        } catch (IOException e) {
            return "0.0.0-dev";
        }
    }
}
