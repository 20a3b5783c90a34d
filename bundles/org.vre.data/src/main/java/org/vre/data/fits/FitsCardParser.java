package org.vre.data.fits;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.vre.core.VreException;

/**
 * Reads the header cards of an HDU exactly as written (80-character images up to END), so commentary
 * text keeps its spacing and repeated or blank cards are not merged away, as they are in nom-tam's Header.
 */
final class FitsCardParser {

    private static final int CARD = 80;
    private static final int BLOCK = 2880;
    private static final int MAX_CARDS = 100_000;

    private FitsCardParser() {
    }

    static List<FitsHdu.Card> read(Path file, long headerOffset) {
        List<FitsHdu.Card> cards = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long at = headerOffset;
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            while (cards.size() < MAX_CARDS) {
                block.clear();
                int n = channel.read(block, at);
                if (n < BLOCK) {
                    throw new VreException(file.getFileName() + ": header at offset " + headerOffset
                            + " has no END card before the end of the file (truncated)");
                }
                for (int i = 0; i < BLOCK / CARD; i++) {
                    String image = new String(block.array(), i * CARD, CARD, StandardCharsets.ISO_8859_1);
                    String keyword = image.substring(0, 8).trim();
                    if (keyword.equals("END")) {
                        return cards;
                    }
                    FitsHdu.Card card = parse(keyword, image);
                    FitsHdu.Card previous = cards.isEmpty() ? null : cards.get(cards.size() - 1);
                    if (keyword.equals("CONTINUE") && previous != null && previous.value() instanceof String text
                            && text.endsWith("&")) {
                        // the long-string convention: a string ending in '&' goes on in the next CONTINUE card
                        FitsHdu.Card continued = parse("CONTINUE", "CONTINUE= " + image.substring(8).stripLeading());
                        cards.set(cards.size() - 1, new FitsHdu.Card(previous.keyword(),
                                text.substring(0, text.length() - 1) + continued.value(),
                                previous.comment().isEmpty() ? continued.comment() : previous.comment()));
                        continue;
                    }
                    cards.add(card);
                }
                at += BLOCK;
            }
        } catch (IOException e) {
            throw new VreException(file.getFileName() + ": cannot read header at offset " + headerOffset + ": " + e.getMessage(), e);
        }
        throw new VreException(file.getFileName() + ": header at offset " + headerOffset + " has more than "
                + MAX_CARDS + " cards (corrupted)");
    }

    static FitsHdu.Card parse(String keyword, String image) {
        if (!image.startsWith("= ", 8)) {
            return new FitsHdu.Card(keyword, image.substring(8).stripTrailing(), "");
        }
        String rest = image.substring(10);
        String trimmed = rest.stripLeading();
        if (trimmed.startsWith("'")) {
            StringBuilder value = new StringBuilder();
            int i = 1;
            while (i < trimmed.length()) {
                char c = trimmed.charAt(i);
                if (c == '\'') {
                    if (i + 1 < trimmed.length() && trimmed.charAt(i + 1) == '\'') {
                        value.append('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                value.append(c);
                i++;
            }
            String after = i + 1 <= trimmed.length() ? trimmed.substring(Math.min(i + 1, trimmed.length())) : "";
            return new FitsHdu.Card(keyword, value.toString().stripTrailing(), comment(after));
        }
        int slash = trimmed.indexOf('/');
        String valueText = (slash >= 0 ? trimmed.substring(0, slash) : trimmed).trim();
        String comment = slash >= 0 ? comment(trimmed.substring(slash)) : "";
        return new FitsHdu.Card(keyword, value(valueText), comment);
    }

    private static String comment(String after) {
        int slash = after.indexOf('/');
        return slash < 0 ? "" : after.substring(slash + 1).trim();
    }

    private static Object value(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.equals("T")) {
            return Boolean.TRUE;
        }
        if (text.equals("F")) {
            return Boolean.FALSE;
        }
        try {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            // not an integer
        }
        try {
            return Double.parseDouble(text.replace('D', 'E').replace('d', 'e'));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /**
     * The header of the image a tile-compressed HDU stores, rebuilt from the table's Z keywords (ZBITPIX,
     * ZNAXISn...) plus the cards that describe the image rather than the table, as astropy presents it.
     */
    static List<FitsHdu.Card> compressedImageCards(List<FitsHdu.Card> raw) {
        List<FitsHdu.Card> out = new ArrayList<>();
        java.util.Map<String, FitsHdu.Card> byKey = new java.util.LinkedHashMap<>();
        for (FitsHdu.Card card : raw) {
            byKey.putIfAbsent(card.keyword(), card);
        }
        addRenamed(out, byKey.get("ZTENSION"), "XTENSION");
        addRenamed(out, byKey.get("ZBITPIX"), "BITPIX");
        addRenamed(out, byKey.get("ZNAXIS"), "NAXIS");
        FitsHdu.Card naxis = byKey.get("ZNAXIS");
        int axes = naxis != null && naxis.value() instanceof Long n ? n.intValue() : 0;
        for (int i = 1; i <= axes; i++) {
            addRenamed(out, byKey.get("ZNAXIS" + i), "NAXIS" + i);
        }
        addRenamed(out, byKey.get("ZPCOUNT"), "PCOUNT");
        addRenamed(out, byKey.get("ZGCOUNT"), "GCOUNT");
        for (FitsHdu.Card card : raw) {
            String k = card.keyword();
            boolean table = k.matches("XTENSION|BITPIX|NAXIS\\d*|PCOUNT|GCOUNT|TFIELDS|EXTNAME|T(TYPE|FORM|UNIT|DIM|NULL|SCAL|ZERO)\\d+|Z.*");
            if (!table) {
                out.add(card);
            }
        }
        return out;
    }

    private static void addRenamed(List<FitsHdu.Card> out, FitsHdu.Card card, String keyword) {
        if (card != null) {
            out.add(new FitsHdu.Card(keyword, card.value(), card.comment()));
        }
    }
}
