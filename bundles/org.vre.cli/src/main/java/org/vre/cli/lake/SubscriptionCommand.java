package org.vre.cli.lake;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.vre.core.Progress;
import org.vre.lake.CatalogService;
import org.vre.lake.RuleGrouping;
import org.vre.lake.RuleTemplate;
import org.vre.lake.Subscription;
import org.vre.lake.SubscriptionState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vre subscription ...}: rules made automatically for new DIDs. */
@Command(name = "subscription", description = "Subscriptions: rules for every new DID that matches a filter.",
        subcommands = {SubscriptionCommand.Add.class, SubscriptionCommand.ListSubscriptions.class,
            SubscriptionCommand.SetState.class, SubscriptionCommand.Run.class})
public final class SubscriptionCommand extends LakeGroup {

    @Command(name = "add", description = "Add a subscription on a scope with one rule template.")
    static final class Add extends LakeVerb {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--scope", required = true)
        String scope;

        @Option(names = "--filter", defaultValue = "", description = "DID filter, as in 'vre did list --filter'.")
        String filter;

        @Option(names = "--copies", defaultValue = "1")
        int copies;

        @Option(names = {"--rse-expression", "--rses"}, required = true)
        String expression;

        @Option(names = "--lifetime", description = "Seconds.")
        Long lifetime;

        @Option(names = "--grouping", defaultValue = "DATASET")
        RuleGrouping grouping;

        @Option(names = "--comment")
        String comment;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            Subscription s = catalog.addSubscription(account, name, scope, filter, List.of(new RuleTemplate(copies, expression,
                    lifetime == null ? null : Duration.ofSeconds(lifetime), grouping, null, null, comment)), comment);
            if (json()) {
                LakeJson.print(out, LakeJson.subscription(s));
            } else {
                out.println("added subscription " + s.name() + " on " + s.scope());
            }
        }
    }

    @Command(name = "list", description = "List subscriptions.")
    static final class ListSubscriptions extends LakeVerb {
        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            var all = catalog.listSubscriptions();
            if (json()) {
                LakeJson.print(out, all.stream().map(LakeJson::subscription).toList());
            } else {
                all.forEach(s -> out.println(s.name() + "  " + s.state() + "  " + s.scope() + "  '" + s.filter() + "'  "
                        + s.rules().size() + " rule(s)"));
            }
        }
    }

    @Command(name = "set-state", description = "ACTIVE or INACTIVE.")
    static final class SetState extends LakeVerb {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "STATE")
        SubscriptionState state;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.setSubscriptionState(account, name, state);
            if (json()) {
                LakeJson.print(out, Map.of("name", name, "state", state.name()));
            } else {
                out.println(name + ": " + state);
            }
        }
    }

    @Command(name = "run", description = "Apply active subscriptions to DIDs registered since their last run.")
    static final class Run extends LakeVerb {
        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            int rules = catalog.runSubscriptions(account, Progress.NONE);
            if (json()) {
                LakeJson.print(out, Map.of("rules_created", rules));
            } else {
                out.println(rules + " rule(s) created");
            }
        }
    }
}
