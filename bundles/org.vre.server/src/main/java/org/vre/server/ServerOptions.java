package org.vre.server;

import java.nio.file.Path;
import java.util.List;

import org.vre.core.VreException;

/**
 * Command-line options of {@code vre-server}.
 *
 * @param lake                 the lake folder or {@code jdbc:} URL (null: {@code VRE_LAKE}, else {@code ~/.vre/lake})
 * @param account              the account housekeeping acts as (null: the OS user)
 * @param housekeepingSeconds  pause between housekeeping passes; 0 turns housekeeping off
 */
record ServerOptions(ServerAddress address, Path logFile, String lake, String account, long housekeepingSeconds) {

    static final String USAGE = "usage: vre-server [--address HOST:PORT] [--log FILE] [--lake DIR|URL] [--account NAME]"
            + " [--housekeeping SECONDS]";

    static final long DEFAULT_HOUSEKEEPING_SECONDS = 60;

    static ServerOptions parse(List<String> args, Path home) {
        ServerAddress address = ServerAddress.DEFAULT;
        Path log = home.resolve(".vre/server/server.log");
        String lake = null;
        String account = null;
        long housekeeping = DEFAULT_HOUSEKEEPING_SECONDS;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--address" -> address = ServerAddress.parse(value(args, ++i, arg));
                case "--log" -> log = Path.of(value(args, ++i, arg));
                case "--lake" -> lake = value(args, ++i, arg);
                case "--account" -> account = value(args, ++i, arg);
                case "--housekeeping" -> housekeeping = seconds(value(args, ++i, arg), arg);
                default -> {
                    // Equinox passes its own options through; ours all start with "--".
                    if (arg.startsWith("--")) {
                        throw new VreException("unknown option " + arg + "\n" + USAGE);
                    }
                }
            }
        }
        return new ServerOptions(address, log, lake, account, housekeeping);
    }

    private static long seconds(String value, String option) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new VreException(option + " takes a whole number of seconds (0 turns it off), not '" + value + "'\n" + USAGE);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new VreException(option + " needs a value\n" + USAGE);
        }
        return args.get(index);
    }
}
