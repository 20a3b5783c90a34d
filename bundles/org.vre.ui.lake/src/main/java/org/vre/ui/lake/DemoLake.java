package org.vre.ui.lake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.transfer.UploadOperation;
import org.vre.lake.transfer.UploadRequest;

/**
 * The demo scope a new user finds in a fresh embedded lake: a dataset of small real ROOT files (histograms, a
 * tree, a graph; from scikit-hep-testdata, BSD-3-Clause, see demo/LICENSE-scikit-hep-testdata) uploaded to the
 * LOCAL RSE like any other upload. Done once per lake folder (a marker file remembers it).
 */
final class DemoLake {

    static final String SCOPE = "demo";
    static final Did DATASET = new Did(SCOPE, "uproot-samples");
    static final List<String> FILES = List.of("uproot-histograms.root", "uproot-simple.root", "uproot-issue-240.root");
    private static final String MARKER = ".vre-demo-scope";

    private DemoLake() {
    }

    static void fillOnFirstStart(LakeSession session) {
        LakeConfig config = session.config();
        if (config.lakeDir() == null || !config.jdbcUrl().startsWith("jdbc:h2:")) {
            return; // only the embedded lake: a shared catalogue is not ours to fill
        }
        Path marker = config.lakeDir().resolve(MARKER);
        if (Files.exists(marker)) {
            return;
        }
        try {
            fill(session);
            Files.writeString(marker, "the demo scope was created; delete the scope's files freely\n");
        } catch (IOException | RuntimeException e) {
            ILog.of(DemoLake.class).warn("could not create the demo scope in " + config.lakeDir() + ": " + e.getMessage(), e);
        }
    }

    private static void fill(LakeSession session) throws IOException {
        CatalogService catalog = session.catalog();
        if (catalog.listScopes().stream().anyMatch(s -> s.name().equals(SCOPE))) {
            return;
        }
        catalog.addScope(session.account(), SCOPE, session.account());
        catalog.addDataset(session.account(), DATASET, Map.of("source", "scikit-hep-testdata",
                "licence", "BSD-3-Clause", "description", "small ROOT files: histograms, a tree, a graph"));
        Path folder = Files.createTempDirectory("vre-demo");
        try {
            List<Path> files = new ArrayList<>();
            Bundle bundle = FrameworkUtil.getBundle(DemoLake.class);
            for (String name : FILES) {
                URL entry = bundle.getEntry("demo/" + name);
                if (entry == null) {
                    throw new IOException("the bundle has no demo/" + name);
                }
                try (InputStream in = entry.openStream()) {
                    Path file = folder.resolve(name);
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    files.add(file);
                }
            }
            UploadRequest request = new UploadRequest(files, SCOPE, "LOCAL", DATASET, null, null, Set.of());
            new UploadOperation(catalog, session.storages(), session.account(), session.settings(), request)
                    .run(Progress.NONE).throwIfFailed();
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
