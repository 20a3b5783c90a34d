package org.vre.engine.ssh;

import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;

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

    HostKeyCheck(SshTarget target) {
        super(RejectAllServerKeyVerifier.INSTANCE, target.knownHosts());
        this.target = target;
    }

    @Override
    protected boolean acceptUnknownHostKey(ClientSession session, SocketAddress remote, PublicKey serverKey) {
        refusal = "the host key of " + target.knownHostsName() + " (" + KeyUtils.getFingerPrint(serverKey)
                + ") is not in " + knownHostsFile() + ": refusing to connect to an unknown host. Check the fingerprint"
                + " with the cluster's admins, then add it (ssh-keyscan -p " + target.port() + " " + target.host()
                + " >> " + knownHostsFile() + ")";
        return false;
    }

    @Override
    public boolean acceptModifiedServerKey(ClientSession session, SocketAddress remote, KnownHostEntry entry,
            PublicKey expected, PublicKey actual) {
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
