package org.vre.workflow.validation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The formats REANA accepts for memory, CPU and time values of a step. */
final class ResourceValues {

    /** HTCondor job flavours and their maximum runtime in seconds (CERN batch service). */
    static final Map<String, Integer> HTCONDOR_FLAVOURS = Map.of("espresso", 1200, "microcentury", 3600,
            "longlunch", 7200, "workday", 28800, "tomorrow", 86400, "testmatch", 259200, "nextweek", 604800);

    private static final Pattern KUBERNETES_MEMORY = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|K|M|G|T|P|E)?");
    private static final Pattern KUBERNETES_CPU = Pattern.compile("[0-9]+(\\.[0-9]+)?|[0-9]+m");
    private static final Pattern HTCONDOR_SIZE = Pattern.compile("(?i)[1-9][0-9]*\\s*([KMGT]B?)?");
    private static final Pattern POSITIVE_INTEGER = Pattern.compile("[1-9][0-9]*");
    private static final Pattern SLURM_TIME = Pattern.compile(
            "[0-9]+|[0-9]+:[0-9]{1,2}(:[0-9]{1,2})?|[0-9]+-[0-9]{1,2}(:[0-9]{1,2}(:[0-9]{1,2})?)?");

    private ResourceValues() {
    }

    /** Bytes of a Kubernetes memory quantity ({@code 256Mi}, {@code 9Gi}, {@code 1G}), or null when malformed. */
    static BigDecimal kubernetesMemoryBytes(String value) {
        Matcher m = KUBERNETES_MEMORY.matcher(value);
        if (!m.matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        long factor = switch (unit) {
            case "Ki" -> 1L << 10;
            case "Mi" -> 1L << 20;
            case "Gi" -> 1L << 30;
            case "Ti" -> 1L << 40;
            case "Pi" -> 1L << 50;
            case "Ei" -> 1L << 60;
            case "k", "K" -> 1_000L;
            case "M" -> 1_000_000L;
            case "G" -> 1_000_000_000L;
            case "T" -> 1_000_000_000_000L;
            case "P" -> 1_000_000_000_000_000L;
            case "E" -> 1_000_000_000_000_000_000L;
            default -> 1L;
        };
        return number.multiply(BigDecimal.valueOf(factor));
    }

    static boolean isKubernetesCpu(String value) {
        return KUBERNETES_CPU.matcher(value).matches() && !value.matches("0+(\\.0+)?m?");
    }

    static boolean isHtcondorSize(String value) {
        return HTCONDOR_SIZE.matcher(value).matches();
    }

    static boolean isPositiveInteger(String value) {
        return POSITIVE_INTEGER.matcher(value).matches();
    }

    static boolean isHtcondorRuntime(String value) {
        return POSITIVE_INTEGER.matcher(value).matches() || HTCONDOR_FLAVOURS.containsKey(value.toLowerCase(Locale.ROOT));
    }

    static boolean isSlurmTime(String value) {
        return SLURM_TIME.matcher(value).matches();
    }
}
