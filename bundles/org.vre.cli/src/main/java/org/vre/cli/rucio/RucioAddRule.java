package org.vre.cli.rucio;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.Rule;
import org.vre.lake.RuleGrouping;
import org.vre.lake.RuleSpec;
import org.vre.lake.storage.StorageRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rucio add-rule DID... COPIES RSE_EXPRESSION [options]}: prints the new rule ids. */
@Command(name = "add-rule", description = "Add a replication rule: DIDs... COPIES RSE_EXPRESSION.")
final class RucioAddRule extends RucioVerb {

    @Parameters(paramLabel = "DIDs COPIES RSE_EXPRESSION", arity = "3..*")
    List<String> args;

    @Option(names = "--lifetime", description = "Rule lifetime in seconds.")
    Long lifetime;

    @Option(names = "--grouping", defaultValue = "DATASET", description = "ALL, DATASET or NONE.")
    RuleGrouping grouping;

    @Option(names = "--locked", description = "Lock the rule.")
    boolean locked;

    @Option(names = "--source-replica-expression", description = "RSE expression for the sources.")
    String sourceExpression;

    @Option(names = "--activity", description = "Transfer activity.")
    String activity;

    @Option(names = "--comment", description = "Comment.")
    String comment;

    @Option(names = {"--asynchronous", "--ask-approval", "--notify"}, arity = "0..1", description = "Accepted for compatibility.")
    String ignored;

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        String expression = args.get(args.size() - 1);
        int copies;
        try {
            copies = Integer.parseInt(args.get(args.size() - 2));
        } catch (NumberFormatException e) {
            throw new VreException("add-rule: COPIES must be a number, got '" + args.get(args.size() - 2) + "'");
        }
        for (String did : args.subList(0, args.size() - 2)) {
            Rule rule = catalog.addRule(account, new RuleSpec(Did.parse(did), copies, expression,
                    lifetime == null ? null : Duration.ofSeconds(lifetime), grouping, sourceExpression, activity, locked,
                    comment));
            out.println(rule.id());
        }
        return 0;
    }
}
