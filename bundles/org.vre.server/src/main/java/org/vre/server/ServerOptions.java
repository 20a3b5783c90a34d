package org.vre.server;

import java.nio.file.Path;
import java.util.List;

import org.vre.core.VreException;

/** Command-line options of {@code vre-server}. */
record ServerOptions(ServerAddress address, Path logFile) {

    static final String USAGE = "usage: vre-server [--address HOST:PORT] [--log FILE]";

    static ServerOptions parse(List<String> args, Path home) {
        ServerAddress address = ServerAddress.DEFAULT;
        Path log = home.resolve(".vre/server/server.log");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--address" -> address = ServerAddress.parse(value(args, ++i, arg));
                case "--log" -> log = Path.of(value(args, ++i, arg));
                default -> {
                    // Equinox passes its own options through; ours all start with "--".
                    if (arg.startsWith("--")) {
                        throw new VreException("unknown option " + arg + "\n" + USAGE);
                    }
                }
            }
        }
        return new ServerOptions(address, log);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new VreException(option + " needs a value\n" + USAGE);
        }
        return args.get(index);
    }
}
