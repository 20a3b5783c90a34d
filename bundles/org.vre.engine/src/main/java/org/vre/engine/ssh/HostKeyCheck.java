package org.vre.engine.ssh;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Accepts a login node only when known_hosts holds its key, like {@code ssh -o StrictHostKeyChecking=yes}: an
 * unknown host and a changed key are refused, and the refusal is remembered so the user is told which it was.
 */
final class HostKeyCheck extends KnownHostsServerKeyVerifier {

    private final SshTarget target;
    private volatile String refusal;
    private volatile List<String> unreadableTypesForHost = List.of();

    HostKeyCheck(SshTarget target) {
        super(RejectAllServerKeyVerifier.INSTANCE, target.knownHosts());
        this.target = target;
    }

    /**
     * Reads known_hosts line by line, leaving out the keys this client cannot read (Ed25519 needs a library the
     * platform does not ship): MINA would otherwise give up on the whole file at the first such line.
     */
    @Override
    protected List<HostEntryPair> reloadKnownHosts(ClientSession session, Path file)
            throws IOException, GeneralSecurityException {
        List<HostEntryPair> entries = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                try {
                    KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(text);
                    PublicKey key = entry == null ? null
                            : resolveHostKey(session, entry, getFallbackPublicKeyEntryResolver());
                    if (key != null) {
                        entries.add(new HostEntryPair(entry, key));
                    }
                } catch (RuntimeException | IOException | GeneralSecurityException e) {
                    String[] fields = text.split("\\s+");
                    int hosts = fields[0].startsWith("@") ? 1 : 0;
                    if (fields.length > hosts + 1
                            && List.of(fields[hosts].split(",")).contains(target.knownHostsName())) {
                        unreadable.add(fields[hosts + 1]);
                    }
                }
            }
        }
        unreadableTypesForHost = List.copyOf(unreadable);
        updateReloadAttributes();
        return entries;
    }

    @Override
    protected boolean acceptUnknownHostKey(ClientSession session, SocketAddress remote, PublicKey serverKey) {
        String unreadable = unreadableTypesForHost.isEmpty() ? "" : " (it holds only a "
                + String.join(", ", unreadableTypesForHost) + " key for this host, which this client cannot check)";
        refusal = "the host key of " + target.knownHostsName() + " (" + KeyUtils.getKeyType(serverKey) + " "
                + KeyUtils.getFingerPrint(serverKey) + ") is not in " + knownHostsFile() + unreadable
                + ": refusing to connect to an unknown host. Check the fingerprint with the cluster's admins, then add"
                + " it (ssh-keyscan -t " + KeyUtils.getKeyType(serverKey) + " -p " + target.port() + " "
                + target.host() + " >> " + knownHostsFile() + ")";
        return false;
    }

    @Override
    public boolean acceptModifiedServerKey(ClientSession session, SocketAddress remote, KnownHostEntry entry,
            PublicKey expected, PublicKey actual) {
        String knownType = KeyUtils.getKeyType(expected);
        String offeredType = KeyUtils.getKeyType(actual);
        if (!knownType.equals(offeredType)) {
            // OpenSSH clients prefer Ed25519 host keys, which this client cannot check: known_hosts often holds only
            // that one; a key of another type is not a changed key
            refusal = "known_hosts (" + knownHostsFile() + ") holds a " + knownType + " key for "
                    + target.knownHostsName() + ", but this client checks its " + offeredType + " key ("
                    + KeyUtils.getFingerPrint(actual) + "), which is not there: refusing to connect. Check the"
                    + " fingerprint with the cluster's admins, then add it (ssh-keyscan -t " + offeredType + " -p " + target.port()
                    + " " + target.host() + " >> " + knownHostsFile() + ")";
            return false;
        }
        refusal = "the host key of " + target.knownHostsName() + " CHANGED (now " + KeyUtils.getFingerPrint(actual)
                + ", known_hosts has " + KeyUtils.getFingerPrint(expected) + " in " + knownHostsFile()
                + "): refusing to connect; someone may be intercepting the connection, or the host was reinstalled"
                + " (ask its admins before editing known_hosts)";
        return false;
    }

    private Path knownHostsFile() {
        return target.knownHosts();
    }

    /** Why the last host key was refused, or null. */
    String refusal() {
        return refusal;
    }
}
