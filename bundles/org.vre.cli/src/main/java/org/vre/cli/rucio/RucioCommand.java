package org.vre.cli.rucio;

import org.vre.lake.catalog.LakeConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rucio}: Rucio's client verbs over the lake. Server options ({@code -H}, {@code --auth-host},
 * {@code -S}) are accepted so existing scripts run unchanged; the lake is chosen by {@code --lake} or
 * {@code VRE_LAKE}, the account by {@code -a}, {@code RUCIO_ACCOUNT}, {@code VRE_ACCOUNT} or the OS user.
 */
@Command(name = "rucio", mixinStandardHelpOptions = true, version = "rucio (VRE Workbench lake)",
        description = "Rucio-compatible commands answered by the VRE data lake.",
        subcommands = {RucioWhoami.class, RucioDownload.class, RucioUpload.class, RucioListDids.class,
            RucioListFileReplicas.class, RucioAddRule.class, RucioListRules.class})
public final class RucioCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = {"-a", "--account"}, description = "Rucio account to act as.")
    String account;

    @Option(names = "--lake", paramLabel = "DIR|URL", description = "Lake folder or JDBC URL (default: $VRE_LAKE, else ~/.vre/lake).")
    String lake;

    @Option(names = {"-H", "--host"}, description = "Rucio server (accepted for compatibility; the lake answers).")
    String host;

    @Option(names = "--auth-host", description = "Accepted for compatibility.")
    String authHost;

    @Option(names = {"-S", "--auth-strategy"}, description = "Accepted for compatibility (userpass, x509, oidc...).")
    String authStrategy;

    @Option(names = {"-T", "--timeout"}, description = "Accepted for compatibility.")
    Integer timeout;

    @Option(names = {"-v", "--verbose"}, description = "More output.")
    boolean verbose;

    @Option(names = "--ca-dir", paramLabel = "DIR", description = "CA directory for TLS (default: $X509_CERT_DIR).")
    String caDirectory;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    String account() {
        if (account != null && !account.isBlank()) {
            return account;
        }
        for (String env : new String[] {"RUCIO_ACCOUNT", "VRE_ACCOUNT"}) {
            String value = System.getenv(env);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return LakeConfig.osAccount();
    }
}
