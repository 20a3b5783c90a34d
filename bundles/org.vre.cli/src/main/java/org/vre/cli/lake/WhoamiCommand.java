package org.vre.cli.lake;

import java.io.PrintWriter;
import java.util.Map;

import org.vre.lake.Account;
import org.vre.lake.CatalogService;

import picocli.CommandLine.Command;

/** {@code vre whoami}: the account this command line acts as, and the lake it uses. */
@Command(name = "whoami", description = "Show the account you act as and the lake in use.")
public final class WhoamiCommand extends LakeVerb {

    @Override
    void run(CatalogService catalog, String account, PrintWriter out) {
        Account a = catalog.account(account);
        if (json()) {
            Map<String, Object> m = LakeJson.account(a);
            m.put("lake", catalog.location().toString());
            LakeJson.print(out, m);
        } else {
            out.printf("account: %s%ntype:    %s%nadmin:   %s%nlake:    %s%n", a.name(), a.type(), a.admin(),
                    catalog.location());
        }
    }
}
