package org.vre.cli.lake;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.vre.core.VreException;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.DidFilter;
import org.vre.lake.DidType;
import org.vre.lake.NewFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vre did ...}: files, datasets and containers. */
@Command(name = "did", description = "Data identifiers: files, datasets, containers.",
        subcommands = {DidCommand.Add.class, DidCommand.Show.class, DidCommand.ListDids.class, DidCommand.Attach.class,
            DidCommand.Detach.class, DidCommand.Close.class, DidCommand.Reopen.class, DidCommand.Content.class,
            DidCommand.Files.class, DidCommand.Parents.class, DidCommand.SetMeta.class})
public final class DidCommand extends LakeGroup {

    static void printDid(DidDetails d, boolean json, PrintWriter out) {
        if (json) {
            LakeJson.print(out, LakeJson.did(d));
        } else {
            out.println(line(d));
        }
    }

    static String line(DidDetails d) {
        String extra = d.type() == DidType.FILE
                ? (d.bytes() == null ? "" : " " + d.bytes() + " bytes") + (d.adler32() == null ? "" : " adler32:" + d.adler32())
                : " " + d.length() + " children" + (d.open() ? "" : ", closed");
        return d.did() + " [" + d.type().name().toLowerCase(java.util.Locale.ROOT) + "]" + extra;
    }

    static void printAll(Stream<DidDetails> dids, boolean json, PrintWriter out) {
        try (dids) {
            if (json) {
                LakeJson.printArray(out, dids, LakeJson::did);
            } else {
                dids.forEach(d -> out.println(line(d)));
            }
        }
    }

    @Command(name = "add", description = "Register a file (default), dataset or container.")
    static final class Add extends LakeVerb {
        @Parameters(paramLabel = "SCOPE:NAME")
        String did;

        @Option(names = "--type", description = "file, dataset or container (default: file).")
        String type = "file";

        @Option(names = "--bytes", description = "File size in bytes.")
        Long bytes;

        @Option(names = "--adler32", description = "Adler-32 checksum, hex.")
        String adler32;

        @Option(names = "--md5", description = "MD5 checksum, hex.")
        String md5;

        @Option(names = "--guid", description = "File GUID.")
        String guid;

        @Option(names = "--meta", paramLabel = "KEY=VALUE", description = "Metadata (repeatable); numbers and true/false are typed.")
        List<String> meta;

        @Option(names = "--attach-to", paramLabel = "SCOPE:NAME", description = "Dataset or container to attach the new DID to.")
        String parent;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            Did d = Did.parse(did);
            DidType t = DidType.parse(type);
            Map<String, Object> metadata = KeyValues.typed(meta);
            if (t != DidType.FILE && (bytes != null || adler32 != null || md5 != null || guid != null)) {
                throw new VreException("--bytes, --adler32, --md5 and --guid describe files, not a " + type);
            }
            DidDetails added = switch (t) {
                case FILE -> catalog.addFile(account, new NewFile(d, bytes, adler32, md5, guid, metadata));
                case DATASET -> catalog.addDataset(account, d, metadata);
                case CONTAINER -> catalog.addContainer(account, d, metadata);
            };
            if (parent != null) {
                catalog.attach(account, Did.parse(parent), List.of(d));
                added = catalog.did(d);
            }
            if (json()) {
                LakeJson.print(out, LakeJson.did(added));
            } else {
                out.println("added " + line(added));
            }
        }
    }

    @Command(name = "show", description = "Show a DID and its metadata.")
    static final class Show extends LakeVerb {
        @Parameters(paramLabel = "SCOPE:NAME")
        String did;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            Did d = Did.parse(did);
            DidDetails details = catalog.did(d);
            Map<String, Object> metadata = catalog.metadata(d);
            if (json()) {
                Map<String, Object> m = LakeJson.did(details);
                m.put("metadata", LakeJson.metadata(metadata));
                LakeJson.print(out, m);
            } else {
                out.println(line(details));
                metadata.forEach((k, v) -> out.println("  " + k + " = " + v));
            }
        }
    }

    @Command(name = "list", description = "Search DIDs like 'rucio list-dids': SCOPE or SCOPE:PATTERN, --filter for more.")
    static final class ListDids extends LakeVerb {
        @Parameters(paramLabel = "SCOPE[:PATTERN]")
        String what;

        @Option(names = "--filter", description = "Terms key=value, key<v, key>=v... joined by ',' (and) or ';' (or).")
        String filter;

        @Option(names = "--recursive", description = "Also list the content of matching collections.")
        boolean recursive;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            String scope = what;
            String text = filter == null ? "" : filter;
            int colon = what.indexOf(':');
            if (colon >= 0) {
                scope = what.substring(0, colon);
                String pattern = what.substring(colon + 1);
                if (!pattern.isEmpty()) {
                    String nameTerm = "name=\"" + pattern.replace("\"", "") + "\"";
                    text = text.isBlank() ? nameTerm : joinAnd(nameTerm, text);
                }
            }
            printAll(catalog.searchDids(scope, DidFilter.parse(text), recursive), json(), out);
        }

        /** Puts the name term into every OR group of the filter. */
        private static String joinAnd(String nameTerm, String filter) {
            StringBuilder out = new StringBuilder();
            for (String group : filter.split(";")) {
                out.append(out.length() == 0 ? "" : ";").append(nameTerm).append(',').append(group);
            }
            return out.toString();
        }
    }

    @Command(name = "attach", description = "Attach DIDs to a dataset or container.")
    static final class Attach extends LakeVerb {
        @Parameters(index = "0", paramLabel = "PARENT")
        String parent;

        @Parameters(index = "1..*", paramLabel = "CHILD")
        List<String> children;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.attach(account, Did.parse(parent), children.stream().map(Did::parse).toList());
            printDid(catalog.did(Did.parse(parent)), json(), out);
        }
    }

    @Command(name = "detach", description = "Detach DIDs from a dataset or container.")
    static final class Detach extends LakeVerb {
        @Parameters(index = "0", paramLabel = "PARENT")
        String parent;

        @Parameters(index = "1..*", paramLabel = "CHILD")
        List<String> children;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.detach(account, Did.parse(parent), children.stream().map(Did::parse).toList());
            printDid(catalog.did(Did.parse(parent)), json(), out);
        }
    }

    @Command(name = "close", description = "Close a dataset or container: no more content.")
    static final class Close extends LakeVerb {
        @Parameters(paramLabel = "SCOPE:NAME")
        String did;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.setOpen(account, Did.parse(did), false);
            printDid(catalog.did(Did.parse(did)), json(), out);
        }
    }

    @Command(name = "reopen", description = "Reopen a closed dataset or container.")
    static final class Reopen extends LakeVerb {
        @Parameters(paramLabel = "SCOPE:NAME")
        String did;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            catalog.setOpen(account, Did.parse(did), true);
            printDid(catalog.did(Did.parse(did)), json(), out);
        }
    }

    @Command(name = "content", description = "List the direct content of a dataset or container.")
    static final class Content extends LakeVerb {
        @Parameters(paramLabel = "SCOPE:NAME")
        String did;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            printAll(catalog.listContent(Did.parse(did)), json(), out);
        }
    }

    @Command(name = "files", description = "List every file below a DID.")
    static final class Files extends LakeVerb {
        @Parameters(paramLabel = "SCOPE:NAME")
        String did;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            printAll(catalog.listFiles(Did.parse(did)), json(), out);
        }
    }

    @Command(name = "parents", description = "List the collections that contain a DID.")
    static final class Parents extends LakeVerb {
        @Parameters(paramLabel = "SCOPE:NAME")
        String did;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            List<Did> parents = catalog.listParents(Did.parse(did));
            if (json()) {
                LakeJson.print(out, parents.stream().map(Did::toString).toList());
            } else {
                parents.forEach(out::println);
            }
        }
    }

    @Command(name = "set-meta", description = "Set metadata KEY=VALUE (empty value removes the key).")
    static final class SetMeta extends LakeVerb {
        @Parameters(index = "0", paramLabel = "SCOPE:NAME")
        String did;

        @Parameters(index = "1..*", paramLabel = "KEY=VALUE")
        List<String> pairs;

        @Override
        void run(CatalogService catalog, String account, PrintWriter out) {
            Map<String, Object> m = new java.util.HashMap<>();
            KeyValues.strings(pairs, "metadata").forEach((k, v) -> m.put(k, v.isEmpty() ? null : KeyValues.typedValue(v)));
            catalog.setMetadata(account, Did.parse(did), m);
            if (json()) {
                LakeJson.print(out, LakeJson.metadata(catalog.metadata(Did.parse(did))));
            } else {
                catalog.metadata(Did.parse(did)).forEach((k, v) -> out.println(k + " = " + v));
            }
        }
    }
}
