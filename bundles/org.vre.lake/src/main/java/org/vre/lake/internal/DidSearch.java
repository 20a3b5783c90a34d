package org.vre.lake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.vre.core.VreException;
import org.vre.lake.DidDetails;
import org.vre.lake.DidFilter;
import org.vre.lake.DidFilter.Operator;
import org.vre.lake.DidFilter.Term;
import org.vre.lake.Names;

/**
 * Translates a {@link DidFilter} into one SQL query. Metadata terms become {@code id IN (SELECT ...)} over the
 * {@code (meta_key, value)} indexes, so a selective metadata filter does not scan the DIDs. Results come in
 * registration order, straight from the primary key, so the first row arrives without sorting.
 */
final class DidSearch {

    private final Database db;

    DidSearch(Database db) {
        this.db = db;
    }

    Stream<DidDetails> search(String scope, DidFilter filter, boolean recursive) {
        return search(scope, filter, recursive, -1);
    }

    /** Only DIDs with an id above {@code afterId}: what subscriptions have not seen yet. */
    Stream<DidDetails> search(String scope, DidFilter filter, boolean recursive, long afterId) {
        Names.checkScope(scope);
        List<Object> args = new ArrayList<>();
        String where = where(scope, filter, args);
        if (afterId >= 0) {
            where = "d.id > ? AND " + where;
            args.add(0, afterId);
        }
        if (!recursive) {
            return db.stream("SELECT " + DidRow.COLUMNS + " FROM dids d WHERE " + where + " ORDER BY d.id",
                    DidRow::details, args.toArray());
        }
        return db.stream("WITH RECURSIVE matched(id) AS (SELECT d.id FROM dids d WHERE " + where
                + " UNION SELECT a.child_id FROM attachments a JOIN matched m ON a.parent_id = m.id)"
                + " SELECT " + DidRow.COLUMNS + " FROM (SELECT DISTINCT id FROM matched) m JOIN dids d ON d.id = m.id ORDER BY d.id",
                DidRow::details, args.toArray());
    }

    private static String where(String scope, DidFilter filter, List<Object> args) {
        List<String> groups = new ArrayList<>();
        List<List<Object>> groupArgs = new ArrayList<>();
        for (List<Term> group : filter.groups()) {
            List<String> terms = new ArrayList<>();
            List<Object> a = new ArrayList<>();
            boolean driven = false;
            for (Term term : group) {
                boolean meta = !BUILT_IN.contains(term.key());
                // the first metadata term drives the query through its index; later ones are probed per row
                terms.add(condition(term, a, meta && driven));
                driven |= meta;
            }
            groups.add(terms.isEmpty() ? "1=1" : String.join(" AND ", terms));
            groupArgs.add(a);
        }
        args.add(scope);
        if (groups.size() == 1) {
            args.addAll(groupArgs.get(0));
            return "d.scope = ? AND " + groups.get(0);
        }
        // OR of groups as a UNION of ids: each group keeps its own index plan (an OR would scan every DID)
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            selects.add("SELECT d.id FROM dids d WHERE d.scope = ? AND " + groups.get(i));
            args.add(scope);
            args.addAll(groupArgs.get(i));
        }
        return "d.scope = ? AND d.id IN (" + String.join(" UNION ", selects) + ")";
    }

    private static final java.util.Set<String> BUILT_IN = java.util.Set.of("type", "name", "account", "guid", "bytes",
            "length", "created_after", "created_before", "created_at");

    private static String condition(Term t, List<Object> args, boolean probe) {
        String op = sqlOperator(t.op());
        switch (t.key()) {
            case "type": {
                if (t.op() != Operator.EQ && t.op() != Operator.NE) {
                    throw termError(t, "type takes = or !=");
                }
                String codes = switch (t.value().toLowerCase(Locale.ROOT)) {
                    case "file", "f" -> "'F'";
                    case "dataset", "d" -> "'D'";
                    case "container", "c" -> "'C'";
                    case "collection" -> "'D','C'";
                    case "all" -> "'F','D','C'";
                    default -> throw termError(t, "type '" + t.value()
                            + "' is unknown: use file, dataset, container, collection or all");
                };
                return "d.did_type " + (t.op() == Operator.NE ? "NOT IN" : "IN") + " (" + codes + ")";
            }
            case "name": {
                if ((t.op() == Operator.EQ || t.op() == Operator.NE) && Like.hasWildcard(t.value())) {
                    args.add(Like.fromWildcard(t.value()));
                    return "d.name " + (t.op() == Operator.NE ? "NOT LIKE" : "LIKE") + " ? ESCAPE '\\'";
                }
                args.add(t.value());
                return "d.name " + op + " ?";
            }
            case "account", "guid": {
                args.add(t.value());
                return "d." + t.key() + " " + op + " ?";
            }
            case "bytes", "length": {
                args.add(number(t));
                return "d." + t.key() + " " + op + " ?";
            }
            case "created_after": {
                args.add(instant(t).toEpochMilli());
                return "d.created_at > ?";
            }
            case "created_before": {
                args.add(instant(t).toEpochMilli());
                return "d.created_at < ?";
            }
            case "created_at": {
                args.add(instant(t).toEpochMilli());
                return "d.created_at " + op + " ?";
            }
            default:
                return metadata(t, op, args, probe);
        }
    }

    private static String metadata(Term t, String op, List<Object> args, boolean probe) {
        args.add(t.key());
        Double number = tryNumber(t.value());
        String column = "text_value";
        Object value = t.value();
        if (number != null) {
            column = "num_value";
            value = number;
        } else if (t.op() != Operator.EQ && t.op() != Operator.NE) {
            Instant time = tryInstant(t.value());
            if (time != null) {
                column = "num_value";
                value = (double) time.toEpochMilli();
            }
        }
        args.add(value);
        if (probe) {
            return "EXISTS (SELECT 1 FROM did_meta p WHERE p.did_id = d.id AND p.meta_key = ? AND p." + column + " " + op
                    + " ?)";
        }
        return "d.id IN (SELECT m.did_id FROM did_meta m WHERE m.meta_key = ? AND m." + column + " " + op + " ?)";
    }

    private static String sqlOperator(Operator op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    private static long number(Term t) {
        try {
            return Long.parseLong(t.value());
        } catch (NumberFormatException e) {
            throw termError(t, t.key() + " needs a whole number, got '" + t.value() + "'");
        }
    }

    private static Double tryNumber(String v) {
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) && !v.endsWith("d") && !v.endsWith("f") && !v.endsWith("D")
                    && !v.endsWith("F") ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(Term t) {
        Instant i = tryInstant(t.value());
        if (i == null) {
            throw termError(t, t.key() + " needs a date (2024-01-31) or an instant (2024-01-31T12:00:00Z), got '"
                    + t.value() + "'");
        }
        return i;
    }

    private static Instant tryInstant(String v) {
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static VreException termError(Term t, String message) {
        return new VreException("filter term at position " + t.position() + " (" + t.key() + t.op().symbol()
                + t.value() + "): " + message);
    }
}
