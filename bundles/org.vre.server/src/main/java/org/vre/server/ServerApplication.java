package org.vre.server;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vre.core.VreException;
import org.vre.core.VreVersion;

/** The {@code vre-server} product's application: starts the server and runs until stopped (SIGTERM included). */
public final class ServerApplication implements IApplication {

    private static final Logger LOG = Logger.getLogger(ServerApplication.class.getName());

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile VreServer server;
    private volatile LakeHousekeeping housekeeping;
    private volatile ServerLog log;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        ServerOptions options;
        try {
            options = ServerOptions.parse(Arrays.asList(args == null ? new String[0] : args), Path.of(System.getProperty("user.home")));
            log = ServerLog.toFile(options.logFile());
            LOG.info("vre-server " + VreVersion.get() + " starting");
            reportUnresolvedBundles();
            server = VreServer.start(options.address());
            if (options.housekeepingSeconds() > 0) {
                housekeeping = LakeHousekeeping.start(options.lake(), options.account(), options.housekeepingSeconds(),
                        System.getenv(), pass -> { });
            }
        } catch (VreException e) {
            System.err.println("vre-server: " + e.getMessage());
            LOG.severe(e.getMessage());
            stopServer(); // a lake that cannot be opened leaves no half-started server behind
            return 1;
        }
        System.out.println("vre-server " + VreVersion.get() + " listening on " + options.address().host() + ":" + server.port()
                + " (log: " + options.logFile() + ")");
        context.applicationRunning();
        // SIGTERM runs shutdown hooks; stopping here lets the log say so before the JVM ends.
        Thread hook = new Thread(this::stopServer, "vre-server-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return EXIT_OK;
    }

    @Override
    public void stop() {
        stopServer();
    }

    private void stopServer() {
        LakeHousekeeping lake = housekeeping;
        housekeeping = null;
        if (lake != null) {
            lake.close();
        }
        VreServer running = server;
        server = null;
        ServerLog file = log;
        if (running != null) {
            if (file != null) {
                file.write(Level.INFO, ServerApplication.class.getName(), "stopping");
            }
            running.close();
            if (file != null) {
                file.write(Level.INFO, ServerApplication.class.getName(), "server stopped");
            }
        }
        if (file != null) {
            file.finish();
        }
        stopped.countDown();
    }

    /** A bundle that did not resolve is a packaging error: say so in the log, where the launch test looks. */
    private static void reportUnresolvedBundles() {
        Bundle self = FrameworkUtil.getBundle(ServerApplication.class);
        if (self == null || self.getBundleContext() == null) {
            return;
        }
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED) {
                LOG.severe("bundle not resolved: " + bundle.getSymbolicName() + " " + bundle.getVersion());
            }
        }
    }
}
