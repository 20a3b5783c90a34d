package org.vre.ui.lake;

/** Metadata typed as the catalogue stores it: whole numbers, decimals, booleans, else text; empty removes the key. */
final class MetadataValues {

    private MetadataValues() {
    }

    static Object parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(t);
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException notWhole) {
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException notNumber) {
                return t;
            }
        }
    }
}
