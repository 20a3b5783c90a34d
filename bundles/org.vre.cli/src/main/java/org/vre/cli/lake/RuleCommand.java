package org.vre.cli.lake;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.Rule;
import org.vre.lake.RuleGrouping;
import org.vre.lake.RuleSpec;
import org.vre.lake.TransferQuery;
import org.vre.lake.TransferRequest;
import org.vre.lake.TransferState;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vre rule ...}: replication rules, their locks and the transfers they need. */
@Command(name = "rule", description = "Replication rules: how many copies of a DID, where.",
        subcommands = {RuleCommand.Add.class, RuleCommand.ListRules.class, RuleCommand.Show.class, RuleCommand.Delete.class,
            RuleCommand.Update.class, RuleCommand.Expire.class, RuleCommand.Transfers.class})
public final class RuleCommand extends LakeGroup {

    static void print(Rule r, boolean json, PrintWriter out) {
        if (json) {
            LakeJson.print(out, LakeJson.rule(r));
        } else {
            out.println(line(r));
        }
    }

    static String line(Rule r) {
        return r.id() + "  " + r.spec().did() + "  x" + r.spec().copies() + " '" + r.spec().rseExpression() + "'  " + r.state()
                + "  ok/replicating/stuck " + r.locksOk() + "/" + r.locksReplicating() + "/" + r.locksStuck()
                + (r.spec().locked() ? "  locked" : "") + (r.expiresAt() == null ? "" : "  expires " + r.expiresAt())
                + (r.error() == null ? "" : "  (" + r.error() + ")");
    }

    @Command(name = "add", description = "Add a rule: COPIES replicas of a DID on RSEs of an expression.")
    static final class Add extends LakeVerb {
        @Parameters(index = "0", paramLabel = "SCOPE:NAME")
        String did;

        @Option(names = "--copies", defaultValue = "1")
        int copies;

        @Option(names = {"--rse-expression", "--rses"}, required = true)
        String expression;

        @Option(names = "--lifetime", description = "Seconds until the rule expires.")
        Long lifetime;

        @Option(names = "--grouping", defaultValue = "DATASET", description = "ALL, DATASET or NONE.")
        RuleGrouping grouping;

        @Option(names = "--source-replica-expression")
        String source;

        @Option(names = "--activity")
        String activity;

        @Option(names = "--locked")
        boolean locked;

        @Option(names = "--comment")
        String comment;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            Rule r = catalog.addRule(account, new RuleSpec(Did.parse(did), copies, expression,
                    lifetime == null ? null : Duration.ofSeconds(lifetime), grouping, source, activity, locked, comment));
            print(r, json(), out);
        }
    }

    @Command(name = "list", description = "List rules, of a DID or an account.")
    static final class ListRules extends LakeVerb {
        @Option(names = "--did")
        String did;

        @Option(names = "--of", paramLabel = "ACCOUNT", description = "Only rules of this account.")
        String owner;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            List<Rule> rules = catalog.listRules(did == null ? null : Did.parse(did), owner);
            if (json()) {
                LakeJson.print(out, rules.stream().map(LakeJson::rule).toList());
            } else {
                rules.forEach(r -> out.println(line(r)));
            }
        }
    }

    @Command(name = "show", description = "Show a rule and its locks.")
    static final class Show extends LakeVerb {
        @Parameters(paramLabel = "RULE_ID")
        String id;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            Rule r = catalog.rule(id);
            var locks = catalog.listLocks(id);
            if (json()) {
                Map<String, Object> m = LakeJson.rule(r);
                m.put("locks", locks.stream().map(LakeJson::lock).toList());
                LakeJson.print(out, m);
            } else {
                out.println(line(r));
                locks.forEach(l -> out.println("  " + l.did() + "  " + l.rse() + "  " + l.state()));
            }
        }
    }

    @Command(name = "delete", description = "Delete a rule; replicas only it held become eligible for deletion.")
    static final class Delete extends LakeVerb {
        @Parameters(paramLabel = "RULE_ID")
        String id;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.deleteRule(account, id);
            if (json()) {
                LakeJson.print(out, Map.of("deleted", id));
            } else {
                out.println("deleted rule " + id);
            }
        }
    }

    @Command(name = "update", description = "Lock, unlock, suspend or resume a rule.")
    static final class Update extends LakeVerb {
        @Parameters(paramLabel = "RULE_ID")
        String id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Change change;

        static final class Change {
            @Option(names = "--lock")
            boolean lock;

            @Option(names = "--unlock")
            boolean unlock;

            @Option(names = "--suspend")
            boolean suspend;

            @Option(names = "--resume")
            boolean resume;
        }

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            if (change.lock || change.unlock) {
                catalog.setRuleLocked(account, id, change.lock);
            } else {
                catalog.setRuleSuspended(account, id, change.suspend);
            }
            print(catalog.rule(id), json(), out);
        }
    }

    @Command(name = "expire", description = "Delete rules whose lifetime has ended (admins and SERVICE accounts).")
    static final class Expire extends LakeVerb {
        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            int n = catalog.expireRules(account, Instant.now());
            if (json()) {
                LakeJson.print(out, Map.of("expired", n));
            } else {
                out.println(n + " rule(s) expired");
            }
        }
    }

    @Command(name = "transfers", description = "List the transfer requests rules made.")
    static final class Transfers extends LakeVerb {
        @Option(names = "--state")
        TransferState state;

        @Option(names = "--rule")
        String rule;

        @Option(names = "--dest-rse")
        String dest;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            List<TransferRequest> list = catalog.listRequests(new TransferQuery(state, null, dest, rule, Integer.MAX_VALUE));
            if (json()) {
                LakeJson.print(out, list.stream().map(LakeJson::request).toList());
            } else {
                list.forEach(r -> out.println(r.id() + "  " + r.did() + "  " + r.sourceRse() + " -> " + r.destinationRse()
                        + "  " + r.state() + "  attempts " + r.attempts() + (r.reason() == null ? "" : "  " + r.reason())));
            }
        }
    }
}
