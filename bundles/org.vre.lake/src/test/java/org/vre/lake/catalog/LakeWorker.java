package org.vre.lake.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.NewFile;

/**
 * A separate process that registers files in batches, for the multi-process and crash tests:
 * {@code LakeWorker <jdbc-url> <lake-dir> <dataset> <prefix> <batches> <batch-size>}; the password comes in
 * {@code VRE_LAKE_PASSWORD}. It prints {@code committed N} after each batch, so a parent knows how far it got.
 */
public final class LakeWorker {

    private LakeWorker() {
    }

    public static void main(String[] args) {
        String url = args[0];
        Path dir = Path.of(args[1]);
        Did dataset = Did.parse(args[2]);
        String prefix = args[3];
        int batches = Integer.parseInt(args[4]);
        int size = Integer.parseInt(args[5]);
        LakeConfig config = url.startsWith("jdbc:h2:") ? LakeConfig.embedded(dir)
                : LakeConfig.jdbc(url, PostgresServer.USER, System.getenv("VRE_LAKE_PASSWORD"), dir);
        try (CatalogService lake = CatalogStore.open(config.withBootstrapAdmin(Lake.ADMIN))) {
            if (lake.findDid(dataset).isEmpty()) {
                try {
                    lake.addDataset(Lake.ADMIN, dataset, java.util.Map.of());
                } catch (org.vre.core.VreException e) {
                    // the other worker created it first
                }
            }
            for (int b = 0; b < batches; b++) {
                List<NewFile> files = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    files.add(new NewFile(new Did(dataset.scope(), prefix + "_" + b + "_" + i), 1000L + i, "0000abcd"));
                }
                lake.addFiles(Lake.ADMIN, dataset, files, Progress.NONE);
                System.out.println("committed " + (b + 1));
                System.out.flush();
            }
        }
        System.out.println("done");
    }
}
