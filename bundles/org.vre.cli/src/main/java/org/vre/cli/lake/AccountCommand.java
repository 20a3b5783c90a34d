package org.vre.cli.lake;

import java.io.PrintWriter;

import org.vre.lake.Account;
import org.vre.lake.AccountType;
import org.vre.lake.CatalogService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vre account add|list}: who may act on the lake (adding one is for admins). */
@Command(name = "account", description = "Accounts: users, groups and services that own scopes and rules.",
        subcommands = {AccountCommand.Add.class, AccountCommand.ListAccounts.class})
public final class AccountCommand extends LakeGroup {

    @Command(name = "add", description = "Add an account (admins only).")
    static final class Add extends LakeVerb {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--type", paramLabel = "USER|GROUP|SERVICE", defaultValue = "USER",
                description = "Account type (default: ${DEFAULT-VALUE}).")
        AccountType type;

        @Option(names = "--admin", description = "Give the account the admin role.")
        boolean admin;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            Account a = catalog.addAccount(account, name, type, admin);
            if (json()) {
                LakeJson.print(out, LakeJson.account(a));
            } else {
                out.println("added account " + a.name() + " (" + a.type() + (a.admin() ? ", admin" : "") + ")");
            }
        }
    }

    @Command(name = "list", description = "List accounts.")
    static final class ListAccounts extends LakeVerb {
        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            var accounts = catalog.listAccounts();
            if (json()) {
                LakeJson.print(out, accounts.stream().map(LakeJson::account).toList());
            } else {
                accounts.forEach(a -> out.printf("%-26s %-8s %s%n", a.name(), a.type(), a.admin() ? "admin" : ""));
            }
        }
    }
}
