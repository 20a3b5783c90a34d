package org.vre.ui.lake;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.function.Consumer;

import javax.net.ssl.SSLException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;
import org.vre.core.VreException;
import org.vre.lake.PermissionDeniedException;
import org.vre.lake.storage.StorageException;

/**
 * Turns a failure into what the user can act on: what failed, why (permission, checksum mismatch, RSE unreachable,
 * untrusted certificate) and what to do, shown in a dialog with the details in the Error Log.
 */
public final class LakeErrors {

    /** Why a lake operation failed, as far as the user can do something about it. */
    public enum Kind {
        PERMISSION("permission denied", "Your account may not do this: ask the scope's owner or a lake admin."),
        CHECKSUM("checksum mismatch", "The bytes differ from the catalogue's checksum; the replica was marked"
                + " suspicious. Try another RSE, or declare the replica bad."),
        UNREACHABLE("RSE unreachable", "The storage did not answer: check the network and the RSE's protocols"
                + " (Storage view), or choose another RSE."),
        CERTIFICATE("untrusted certificate", "The server's TLS certificate is not trusted: put its CA in the"
                + " folder X509_CERT_DIR names (or the grid's /etc/grid-security/certificates)."),
        OTHER("error", "");

        public final String reason;
        public final String advice;

        Kind(String reason, String advice) {
            this.reason = reason;
            this.advice = advice;
        }
    }

    /** Where error reports go: the workbench's status handling; tests capture them instead of a modal dialog. */
    public static volatile Consumer<IStatus> reporter = status ->
            StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);

    private LakeErrors() {
    }

    public static Kind classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PermissionDeniedException) {
                return Kind.PERMISSION;
            }
            if (t instanceof StorageException storage) {
                switch (storage.reason()) {
                    case PERMISSION_DENIED: return Kind.PERMISSION;
                    case INTEGRITY: return Kind.CHECKSUM;
                    case CONNECTION, TIMEOUT: return Kind.UNREACHABLE;
                    case UNTRUSTED_CERTIFICATE: return Kind.CERTIFICATE;
                    default: break;
                }
            }
            if (t instanceof CertificateException || t instanceof SSLException) {
                return Kind.CERTIFICATE;
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof SocketTimeoutException) {
                return Kind.UNREACHABLE;
            }
        }
        return classify(error.getMessage());
    }

    /** For per-file errors reported as text (upload and download results). */
    public static Kind classify(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("permission") || m.contains("not allowed") || m.contains("denied") || m.contains("forbidden")) {
            return Kind.PERMISSION;
        }
        if (m.contains("checksum") || m.contains("adler32 ") && m.contains("differ")) {
            return Kind.CHECKSUM;
        }
        if (m.contains("certificate") || m.contains("pkix") || m.contains("ssl")) {
            return Kind.CERTIFICATE;
        }
        if (m.contains("connection refused") || m.contains("unreachable") || m.contains("timed out")
                || m.contains("cannot connect") || m.contains("no route")) {
            return Kind.UNREACHABLE;
        }
        return Kind.OTHER;
    }

    /** "Upload to LOCAL failed: checksum mismatch. <message> <advice>" */
    public static String explain(String what, Throwable error) {
        Kind kind = classify(error);
        String message = error instanceof VreException || error.getMessage() != null ? error.getMessage()
                : error.getClass().getSimpleName();
        return what + " failed" + (kind == Kind.OTHER ? "" : ": " + kind.reason) + ".\n" + message
                + (kind.advice.isEmpty() ? "" : "\n" + kind.advice);
    }

    public static IStatus status(String what, Throwable error) {
        return new Status(IStatus.ERROR, "org.vre.ui.lake", explain(what, error), error);
    }

    /** Shows the explanation in a dialog and logs it with the stack trace to the Error Log. */
    public static void show(String what, Throwable error) {
        reporter.accept(status(what, error));
    }
}
