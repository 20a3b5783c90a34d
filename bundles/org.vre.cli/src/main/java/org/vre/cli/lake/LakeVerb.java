package org.vre.cli.lake;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.vre.cli.JsonOption;
import org.vre.lake.CatalogService;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A lake verb: opens the lake, runs, closes it. Errors reach the user as one line (UserErrorHandler). */
abstract class LakeVerb implements Callable<Integer> {

    @Mixin
    LakeOptions lake;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (CatalogService catalog = lake.open()) {
            PrintWriter out = spec.commandLine().getOut();
            run(catalog, lake.account(), out);
            out.flush();
            return 0;
        }
    }

    abstract void run(CatalogService catalog, String account, PrintWriter out);

    boolean json() {
        return json.json;
    }
}
