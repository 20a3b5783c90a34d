package org.vre.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Rule 1 of docs/ARCHITECTURE.md: nothing below the UI layer depends on SWT, JFace or the workbench.
 * Reads every headless bundle's MANIFEST.MF in the source tree.
 */
class HeadlessBundlesTest {

    private static final Pattern UI_NAME = Pattern.compile(
            "^(org\\.eclipse\\.swt|org\\.eclipse\\.jface|org\\.eclipse\\.ui|org\\.eclipse\\.e4\\.ui|org\\.jfree\\.chart\\.swt|org\\.jfree\\.swt)([.;,\\s]|$)");

    @Test
    void noHeadlessBundleImportsUiPackagesOrBundles() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> headless = headlessManifests();
        assertFalse(headless.isEmpty(), "found no headless bundles under " + bundlesFolder());
        for (Path manifest : headless) {
            Manifest parsed = read(manifest);
            for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
                for (String clause : clauses(parsed.getMainAttributes().getValue(header))) {
                    if (UI_NAME.matcher(clause).find()) {
                        violations.add(manifest.getParent().getParent().getFileName() + ": " + header + " " + clause);
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "headless bundles must not depend on UI packages");
    }

    @Test
    void detectsAUiImportWhenThereIsOne() {
        assertTrue(UI_NAME.matcher("org.eclipse.swt.widgets;version=\"3.0\"").find());
        assertTrue(UI_NAME.matcher("org.eclipse.ui.workbench").find());
        assertTrue(UI_NAME.matcher("org.eclipse.e4.ui.model.application").find());
        assertFalse(UI_NAME.matcher("org.eclipse.emf.ecore").find());
        assertFalse(UI_NAME.matcher("org.eclipse.uiless").find());
    }

    static Path bundlesFolder() {
        return Path.of("").toAbsolutePath().getParent();
    }

    static List<Path> headlessManifests() throws IOException {
        try (Stream<Path> bundles = Files.list(bundlesFolder())) {
            return bundles.filter(b -> b.getFileName().toString().startsWith("org.vre."))
                    .filter(b -> !b.getFileName().toString().startsWith("org.vre.ui"))
                    .map(b -> b.resolve("META-INF/MANIFEST.MF"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    private static Manifest read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new Manifest(in);
        }
    }

    /** Splits a manifest header on the commas between clauses, not those inside quoted attributes. */
    static List<String> clauses(String header) {
        List<String> result = new ArrayList<>();
        if (header == null) {
            return result;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                result.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        result.add(current.toString().trim());
        return result;
    }
}
