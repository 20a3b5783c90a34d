package org.vre.cli.lake;

import java.io.PrintWriter;

import org.vre.lake.CatalogService;
import org.vre.lake.Scope;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vre scope add|list}. */
@Command(name = "scope", description = "Scopes: the namespaces of DIDs.",
        subcommands = {ScopeCommand.Add.class, ScopeCommand.ListScopes.class})
public final class ScopeCommand extends LakeGroup {

    @Command(name = "add", description = "Add a scope (owned by you, or by --owner).")
    static final class Add extends LakeVerb {
        @Parameters(paramLabel = "SCOPE")
        String scope;

        @Option(names = "--owner", description = "Owning account (default: you).")
        String owner;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            Scope s = catalog.addScope(account, scope, owner == null ? account : owner);
            if (json()) {
                LakeJson.print(out, LakeJson.scope(s));
            } else {
                out.println("added scope " + s.name() + " (owner " + s.owner() + ")");
            }
        }
    }

    @Command(name = "list", description = "List scopes.")
    static final class ListScopes extends LakeVerb {
        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            var scopes = catalog.listScopes();
            if (json()) {
                LakeJson.print(out, scopes.stream().map(LakeJson::scope).toList());
            } else {
                scopes.forEach(s -> out.printf("%-26s %s%n", s.name(), s.owner()));
            }
        }
    }
}
