package org.vre.cli.rucio;

import java.io.PrintWriter;

import org.vre.lake.Account;
import org.vre.lake.CatalogService;
import org.vre.lake.storage.StorageRegistry;

import picocli.CommandLine.Command;

/** {@code rucio whoami}: the account the lake acts as. */
@Command(name = "whoami", description = "Show the account in use.")
final class RucioWhoami extends RucioVerb {

    @Override
    int run(CatalogService catalog, StorageRegistry storages, String account, PrintWriter out, PrintWriter err) {
        Account a = catalog.account(account);
        out.println("status     : ACTIVE");
        out.println("account    : " + a.name());
        out.println("account_type : " + a.type().name());
        out.println("admin      : " + a.admin());
        out.println("created_at : " + a.createdAt());
        out.println("lake       : " + catalog.location());
        return 0;
    }
}
