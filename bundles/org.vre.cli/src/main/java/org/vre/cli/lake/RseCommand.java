package org.vre.cli.lake;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.vre.lake.CatalogService;
import org.vre.lake.Rse;
import org.vre.lake.RseProtocol;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vre rse ...}: storage elements. */
@Command(name = "rse", description = "Storage elements (RSEs), their attributes and protocols.",
        subcommands = {RseCommand.Add.class, RseCommand.ListRses.class, RseCommand.Show.class, RseCommand.SetAttr.class,
            RseCommand.DeleteAttr.class, RseCommand.AddProtocol.class, RseCommand.RemoveProtocol.class,
            RseCommand.Delete.class, org.vre.cli.transfer.RseCheckCommand.class})
public final class RseCommand extends LakeGroup {

    static void print(Rse r, boolean json, PrintWriter out) {
        if (json) {
            LakeJson.print(out, LakeJson.rse(r));
            return;
        }
        out.println(r.name() + (r.deterministic() ? "" : " (non-deterministic)"));
        r.attributes().forEach((k, v) -> out.println("  " + k + "=" + v));
        for (RseProtocol p : r.protocols()) {
            out.printf("  %s  read=%d write=%d delete=%d tpc=%d%n", p.url(), p.readPriority(), p.writePriority(),
                    p.deletePriority(), p.tpcPriority());
        }
    }

    @Command(name = "add", description = "Add an RSE reached at --url (deterministic: hash paths, unless --non-deterministic).")
    static final class Add extends LakeVerb {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--url", description = "Storage URL, e.g. file:///data/lake or davs://host:443/path.")
        List<String> urls;

        @Option(names = "--non-deterministic", description = "Replicas carry explicit paths.")
        boolean nonDeterministic;

        @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "Attribute (repeatable).")
        List<String> attrs;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            List<RseProtocol> protocols = urls == null ? List.of() : urls.stream().map(RseProtocol::fromUrl).toList();
            Rse r = catalog.addRse(account, name, !nonDeterministic, KeyValues.strings(attrs, "attribute"), protocols);
            print(r, json(), out);
        }
    }

    @Command(name = "list", description = "List RSEs, or those an RSE expression selects.")
    static final class ListRses extends LakeVerb {
        @Option(names = "--expression", description = "RSE expression, e.g. 'tier=1&country=FR'.")
        String expression;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            List<Rse> rses = expression == null ? catalog.listRses() : catalog.listRses(expression);
            if (json()) {
                LakeJson.print(out, rses.stream().map(Rse::name).toList());
            } else {
                rses.forEach(r -> out.println(r.name()));
            }
        }
    }

    @Command(name = "show", description = "Show an RSE with attributes and protocols.")
    static final class Show extends LakeVerb {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            print(catalog.rse(name), json(), out);
        }
    }

    @Command(name = "set-attr", description = "Set attributes KEY=VALUE.")
    static final class SetAttr extends LakeVerb {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", paramLabel = "KEY=VALUE")
        List<String> pairs;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            Map<String, String> attrs = KeyValues.strings(pairs, "attribute");
            catalog.setRseAttributes(account, name, attrs);
            print(catalog.rse(name), json(), out);
        }
    }

    @Command(name = "delete-attr", description = "Remove an attribute.")
    static final class DeleteAttr extends LakeVerb {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "KEY")
        String key;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.removeRseAttribute(account, name, key);
            print(catalog.rse(name), json(), out);
        }
    }

    @Command(name = "add-protocol", description = "Add or replace a protocol with its priorities (0 = not for that).")
    static final class AddProtocol extends LakeVerb {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--url", required = true)
        String url;

        @Option(names = "--read", defaultValue = "1")
        int read;

        @Option(names = "--write", defaultValue = "1")
        int write;

        @Option(names = "--delete", defaultValue = "1")
        int delete;

        @Option(names = "--tpc", defaultValue = "1", description = "Third-party-copy priority.")
        int tpc;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            RseProtocol u = RseProtocol.fromUrl(url);
            catalog.addProtocol(account, name, new RseProtocol(u.scheme(), u.host(), u.port(), u.prefix(), read, write,
                    delete, tpc));
            print(catalog.rse(name), json(), out);
        }
    }

    @Command(name = "remove-protocol", description = "Remove the protocols of one scheme.")
    static final class RemoveProtocol extends LakeVerb {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "SCHEME")
        String scheme;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.removeProtocol(account, name, scheme);
            print(catalog.rse(name), json(), out);
        }
    }

    @Command(name = "delete", description = "Delete an RSE that holds no replica.")
    static final class Delete extends LakeVerb {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.deleteRse(account, name);
            if (json()) {
                LakeJson.print(out, Map.of("deleted", name));
            } else {
                out.println("deleted RSE " + name);
            }
        }
    }
}
