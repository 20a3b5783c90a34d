package org.vre.data.root;

import java.util.Locale;

import org.vre.data.ValueType;

/** ROOT's basic streamer type codes (1-19): sizes on disk, names and the neutral model's value types. */
final class BasicTypes {

    private BasicTypes() {
    }

    static int size(int type) {
        return switch (type) {
            case 1, 10, 11, 18 -> 1;
            case 2, 12 -> 2;
            case 3, 5, 6, 9, 13, 15, 19 -> 4;
            case 4, 8, 14, 16, 17 -> 8;
            default -> 1;
        };
    }

    static String name(int type) {
        return switch (type) {
            case 1 -> "Char_t";
            case 2 -> "Short_t";
            case 3, 6 -> "Int_t";
            case 4 -> "Long_t";
            case 5 -> "Float_t";
            case 8 -> "Double_t";
            case 9 -> "Double32_t";
            case 10 -> "char";
            case 11 -> "UChar_t";
            case 12 -> "UShort_t";
            case 13 -> "UInt_t";
            case 14 -> "ULong_t";
            case 15 -> "UInt_t (fBits)";
            case 16 -> "Long64_t";
            case 17 -> "ULong64_t";
            case 18 -> "Bool_t";
            case 19 -> "Float16_t";
            default -> null;
        };
    }

    static ValueType valueType(int type) {
        return switch (type) {
            case 1, 10 -> ValueType.INT8;
            case 2 -> ValueType.INT16;
            case 3, 6 -> ValueType.INT32;
            case 4, 16 -> ValueType.INT64;
            case 5 -> ValueType.FLOAT32;
            case 8, 9, 19 -> ValueType.FLOAT64;
            case 11 -> ValueType.UINT8;
            case 12 -> ValueType.UINT16;
            case 13, 15 -> ValueType.UINT32;
            case 14, 17 -> ValueType.UINT64;
            case 18 -> ValueType.BOOL;
            default -> null;
        };
    }

    /** Parses "[min,max,nbits]" from a member title (Double32_t/Float16_t); null when there is no usable range. */
    static double[] parseRange(String title) {
        if (title == null) {
            return null;
        }
        String t = title.trim();
        if (!t.startsWith("[")) {
            return null;
        }
        int close = t.indexOf(']');
        if (close < 0) {
            return null;
        }
        String[] parts = t.substring(1, close).split(",");
        if (parts.length < 2) {
            return null;
        }
        try {
            double min = number(parts[0]);
            double max = number(parts[1]);
            int bits = parts.length > 2 ? (int) number(parts[2]) : 32;
            if (bits < 2 || bits > 32) {
                bits = 32;
            }
            if (min == 0 && max == 0 && parts.length < 3) {
                return null;
            }
            return new double[] {min, max, bits};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double number(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        double sign = 1;
        if (t.startsWith("-")) {
            sign = -1;
            t = t.substring(1).trim();
        }
        if (t.equals("pi")) {
            return sign * Math.PI;
        }
        if (t.startsWith("2*pi") || t.startsWith("2pi")) {
            return sign * 2 * Math.PI;
        }
        if (t.startsWith("pi/2")) {
            return sign * Math.PI / 2;
        }
        return sign * Double.parseDouble(t);
    }
}
