package org.vre.data.fits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.data.Column;
import org.vre.data.Image;
import org.vre.data.Table;

/** Describes a FITS file as plain maps with the field names of the astropy reference answers (hdus, cards, shape...). */
public final class FitsInspection {

    private static final int FIRST = 10;

    private FitsInspection() {
    }

    public static Map<String, Object> describe(FitsDataFile file) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.path().getFileName().toString());
        out.put("size", file.path().toFile().length());
        List<Object> hdus = new ArrayList<>();
        List<FitsHdu> all = file.hdus();
        for (int h = 0; h < all.size(); h++) {
            FitsHdu hdu = all.get(h);
            long next = h + 1 < all.size() ? all.get(h + 1).headerOffset() : file.path().toFile().length();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", hdu.index());
            m.put("class", hdu.kind());
            m.put("name", hdu.name());
            m.put("ver", hdu.version());
            m.put("headerOffset", hdu.headerOffset());
            m.put("dataOffset", hdu.dataOffset());
            m.put("dataSpan", Math.max(0, next - hdu.dataOffset()));
            m.put("cards", cards(hdu.cards()));
            if (!hdu.rawCards().isEmpty()) {
                m.put("rawHeaderCards", cards(hdu.rawCards()));
            }
            if (hdu.data() instanceof Image image) {
                m.put("shape", java.util.Arrays.stream(image.shape()).boxed().toList());
                m.put("dtype", hdu.numpyType());
                List<Object> first = new ArrayList<>();
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                double sum = 0;
                for (int i = 0; i < image.values().length; i++) {
                    double v = image.values()[i];
                    if (i < FIRST) {
                        first.add(number(v));
                    }
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    sum += v;
                }
                m.put("firstValues", first);
                m.put("min", number(min));
                m.put("max", number(max));
                m.put("sum", number(sum));
            } else if (hdu.data() instanceof Table table) {
                List<Object> columns = new ArrayList<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    Map<String, Object> cm = new LinkedHashMap<>();
                    cm.put("name", table.columns().get(c).name());
                    cm.put("format", cardValue(hdu.cards(), "TFORM" + (c + 1)));
                    cm.put("unit", cardValue(hdu.cards(), "TUNIT" + (c + 1)));
                    cm.put("dim", cardValue(hdu.cards(), "TDIM" + (c + 1)));
                    cm.put("null", cardValue(hdu.cards(), "TNULL" + (c + 1)));
                    cm.put("bscale", cardValue(hdu.cards(), "TSCAL" + (c + 1)));
                    cm.put("bzero", cardValue(hdu.cards(), "TZERO" + (c + 1)));
                    columns.add(cm);
                }
                m.put("columns", columns);
                m.put("nrows", table.rows());
                List<Object> rows = new ArrayList<>();
                for (int r = 0; r < Math.min(FIRST, table.rows()); r++) {
                    List<Object> row = new ArrayList<>();
                    for (Column c : table.columns()) {
                        row.add(value(c.value(r)));
                    }
                    rows.add(row);
                }
                m.put("firstRows", rows);
            } else {
                m.put("data", null);
            }
            hdus.add(m);
        }
        out.put("hdus", hdus);
        return out;
    }

    private static Object cardValue(List<FitsHdu.Card> cards, String keyword) {
        for (FitsHdu.Card card : cards) {
            if (keyword.equals(card.keyword())) {
                return card.value() instanceof String s ? s.trim() : card.value();
            }
        }
        return null;
    }

    private static List<Object> cards(List<FitsHdu.Card> cards) {
        List<Object> out = new ArrayList<>();
        for (FitsHdu.Card card : cards) {
            List<Object> c = new ArrayList<>();
            c.add(card.keyword());
            c.add(card.value());
            c.add(card.comment());
            out.add(c);
        }
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof Double d) {
            return Double.isNaN(d) ? "nan" : number(d);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(FitsInspection::value).toList();
        }
        return v;
    }

    private static Object number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return d;
    }
}
