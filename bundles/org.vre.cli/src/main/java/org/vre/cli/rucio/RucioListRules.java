package org.vre.cli.rucio;

import java.io.PrintWriter;
import java.util.List;

import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.Rule;
import org.vre.lake.storage.StorageRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rucio list-rules [DID] [--id ID] [--account A] [--csv]}: Rucio's rule table. */
@Command(name = "list-rules", description = "List replication rules of a DID, an account or by id.")
final class RucioListRules extends RucioVerb {

    @Parameters(paramLabel = "DID", arity = "0..1")
    String did;

    @Option(names = "--id", description = "One rule by id.")
    String id;

    @Option(names = "--account", description = "Rules of this account.")
    String ruleAccount;

    @Option(names = "--csv", description = "Comma-separated output.")
    boolean csv;

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        List<Rule> rules = id != null ? List.of(catalog.rule(id))
                : catalog.listRules(did == null ? null : Did.parse(did), ruleAccount);
        Table table = new Table("ID", "ACCOUNT", "SCOPE:NAME", "STATE[OK/REPL/STUCK]", "RSE_EXPRESSION", "COPIES",
                "EXPIRES (UTC)", "CREATED (UTC)");
        for (Rule r : rules) {
            String state = r.state().name() + "[" + r.locksOk() + "/" + r.locksReplicating() + "/" + r.locksStuck() + "]";
            String expires = r.expiresAt() == null ? "" : r.expiresAt().toString();
            if (csv) {
                out.println(String.join(",", r.id(), r.account(), r.spec().did().toString(), state,
                        r.spec().rseExpression(), Integer.toString(r.spec().copies()), expires, r.createdAt().toString()));
            } else {
                table.add(r.id(), r.account(), r.spec().did(), state, r.spec().rseExpression(), r.spec().copies(), expires,
                        r.createdAt());
            }
        }
        if (!csv) {
            table.print(out);
        }
        return 0;
    }
}
