package org.vre.ui.lake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.vre.ui.HumanBytes;
import org.vre.ui.lake.LakeNode.DidNode;
import org.vre.ui.lake.LakeNode.MessageNode;
import org.vre.ui.lake.LakeNode.ScopeNode;

/**
 * The columns of the lake tree: what each shows for a row and how it sorts. Message rows sort last in either
 * direction, so "loading…" never lands in the middle of a sorted listing.
 */
enum LakeColumn {
    NAME("Name", 300), SIZE("Size", 90), TYPE("Type", 80), STATE("State", 130), CREATED("Created (UTC)", 150);

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    final String title;
    final int width;

    LakeColumn(String title, int width) {
        this.title = title;
        this.width = width;
    }

    /** The cell text; {@code fileState} gives the replica state of a file row when it is known. */
    String text(Object node, Function<DidNode, String> fileState) {
        if (node instanceof MessageNode message) {
            return this == NAME ? message.text() : "";
        }
        if (node instanceof ScopeNode scope) {
            return switch (this) {
                case NAME -> scope.name();
                case TYPE -> "scope";
                default -> "";
            };
        }
        if (!(node instanceof DidNode did)) {
            return "";
        }
        return switch (this) {
            case NAME -> did.did().name();
            case SIZE -> did.details().bytes() == null ? "" : HumanBytes.format(did.details().bytes());
            case TYPE -> did.details().type().name().toLowerCase(Locale.ROOT);
            case STATE -> did.isCollection() ? (did.details().open() ? "open" : "closed") + ", "
                    + did.details().length() + (did.details().length() == 1 ? " entry" : " entries")
                    : nullToEmpty(fileState.apply(did));
            case CREATED -> did.details().createdAt() == null ? "" : UTC.format(did.details().createdAt());
        };
    }

    /** Ascending order of this column among scopes and DIDs; ties by name. */
    Comparator<LakeNode> order(Function<DidNode, String> fileState) {
        Comparator<LakeNode> byColumn = switch (this) {
            case NAME -> Comparator.comparing(LakeColumn::name);
            case SIZE -> Comparator.comparingLong(n -> n instanceof DidNode d && d.details().bytes() != null
                    ? d.details().bytes() : (n instanceof DidNode d2 ? d2.details().length() : -1));
            case TYPE -> Comparator.comparing(n -> TYPE.text(n, fileState));
            case STATE -> Comparator.comparing(n -> STATE.text(n, fileState));
            case CREATED -> Comparator.comparing(n -> n instanceof DidNode d && d.details().createdAt() != null
                    ? d.details().createdAt() : Instant.EPOCH);
        };
        return byColumn.thenComparing(LakeColumn::name);
    }

    /** Sorts {@code order} (null: catalogue order) with message rows last whatever the direction. */
    static Comparator<Object> messagesLast(Comparator<LakeNode> order) {
        return (a, b) -> {
            boolean ma = a instanceof MessageNode;
            boolean mb = b instanceof MessageNode;
            if (ma || mb) {
                return Boolean.compare(ma, mb);
            }
            return order.compare((LakeNode) a, (LakeNode) b);
        };
    }

    private static String name(LakeNode node) {
        return NAME.text(node, d -> "");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
