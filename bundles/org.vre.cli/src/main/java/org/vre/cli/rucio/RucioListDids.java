package org.vre.cli.rucio;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Stream;

import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.DidDetails;
import org.vre.lake.DidFilter;
import org.vre.lake.storage.StorageRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rucio list-dids SCOPE:PATTERN [--filter ...] [--recursive] [--short]}; collections by default, as Rucio. */
@Command(name = "list-dids", description = "List DIDs matching SCOPE:NAME (wildcards * and ?).")
final class RucioListDids extends RucioVerb {

    @Parameters(paramLabel = "SCOPE:NAME")
    String pattern;

    @Option(names = "--filter", description = "e.g. 'type=all,length>10,datatype=AOD'.")
    String filter;

    @Option(names = "--recursive", description = "List the content of containers too.")
    boolean recursive;

    @Option(names = "--short", description = "Only SCOPE:NAME, one per line.")
    boolean brief;

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        int colon = pattern.indexOf(':');
        if (colon <= 0) {
            throw new VreException("list-dids: write the pattern as SCOPE:NAME, e.g. user.jdoe:*");
        }
        String scope = pattern.substring(0, colon);
        String name = pattern.substring(colon + 1);
        StringBuilder text = new StringBuilder();
        if (!name.isEmpty() && !name.equals("*")) {
            text.append("name=").append(name);
        }
        boolean typed = filter != null && filter.toLowerCase(Locale.ROOT).contains("type");
        if (!typed) {
            text.append(text.length() > 0 ? "," : "").append("type=collection");
        }
        if (filter != null && !filter.isBlank()) {
            text.append(text.length() > 0 ? "," : "").append(filter);
        }
        DidFilter parsed = DidFilter.parse(text.toString());
        Table table = new Table("SCOPE:NAME", "[DID TYPE]");
        try (Stream<DidDetails> dids = catalog.searchDids(scope, parsed, recursive)) {
            dids.forEach(d -> {
                if (brief) {
                    out.println(d.did());
                } else {
                    table.add(d.did(), d.type().name());
                }
            });
        }
        if (!brief) {
            table.print(out);
        }
        return 0;
    }
}
