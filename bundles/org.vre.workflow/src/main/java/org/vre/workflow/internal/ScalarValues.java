package org.vre.workflow.internal;

import java.math.BigInteger;

import org.vre.workflow.yaml.ScalarType;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlScalar;

/** Converts YAML 1.1 scalars into Java values the way PyYAML constructs them. */
public final class ScalarValues {

    private ScalarValues() {
    }

    /** The integer a PyYAML int scalar denotes ({@code 1_000}, {@code 0x1F}, {@code 017}, {@code 1:30}). */
    public static BigInteger integer(String text) {
        String s = text.replace("_", "");
        int sign = 1;
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.startsWith("-") ? -1 : 1;
            s = s.substring(1);
        }
        BigInteger value;
        if (s.startsWith("0b")) {
            value = new BigInteger(s.substring(2), 2);
        } else if (s.startsWith("0x")) {
            value = new BigInteger(s.substring(2), 16);
        } else if (s.contains(":")) {
            value = BigInteger.ZERO;
            for (String part : s.split(":")) {
                value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
            }
        } else if (s.length() > 1 && s.startsWith("0")) {
            value = new BigInteger(s.substring(1), 8);
        } else {
            value = new BigInteger(s);
        }
        return sign < 0 ? value.negate() : value;
    }

    /** The double a PyYAML float scalar denotes. */
    public static double floating(String text) {
        String s = text.replace("_", "");
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".inf")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals(".nan")) {
            return Double.NaN;
        }
        if (s.contains(":")) {
            int sign = s.startsWith("-") ? -1 : 1;
            String body = s.replaceFirst("^[-+]", "");
            double value = 0;
            for (String part : body.split(":")) {
                value = value * 60 + Double.parseDouble(part);
            }
            return sign * value;
        }
        return Double.parseDouble(s);
    }

    public static boolean bool(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT);
        return s.equals("yes") || s.equals("true") || s.equals("on");
    }

    /** An int from an integer scalar, or null when the node is not one (or does not fit). */
    public static Integer intOrNull(YamlNode node) {
        if (node != null && node.resolved() instanceof YamlScalar s && s.type() == ScalarType.INTEGER) {
            BigInteger value = integer(s.value());
            if (value.bitLength() < 32) {
                return value.intValue();
            }
        }
        return null;
    }

    /** A boolean from a boolean scalar, or null when the node is not one. */
    public static Boolean boolOrNull(YamlNode node) {
        if (node != null && node.resolved() instanceof YamlScalar s && s.type() == ScalarType.BOOLEAN) {
            return bool(s.value());
        }
        return null;
    }

    /** The text of a non-null scalar, or null. Numbers keep their written form. */
    public static String textOrNull(YamlNode node) {
        if (node != null && node.resolved() instanceof YamlScalar s && s.type() != ScalarType.NULL) {
            return s.value();
        }
        return null;
    }

    /**
     * The text Python's {@code str()} gives for a scalar value: what REANA substitutes for {@code $param}
     * ({@code True}, {@code None}, {@code 20000}, {@code 0.00122}).
     */
    public static String pythonText(YamlScalar s) {
        return switch (s.type()) {
            case BOOLEAN -> bool(s.value()) ? "True" : "False";
            case NULL -> "None";
            case INTEGER -> integer(s.value()).toString();
            case FLOAT -> pythonFloat(floating(s.value()));
            default -> s.value();
        };
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
    public static String pythonFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros();
        double abs = Math.abs(d);
        if (abs >= 1e-4 && abs < 1e16) {
            String plain = exact.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }
}
