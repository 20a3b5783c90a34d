package org.vre.ui.runs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vre.core.VreException;

/**
 * Finds the {@code vre} and {@code rucio} launchers workflow steps call. An installed product has them at its top
 * level; a workbench started another way (the UI tests, an IDE launch) gets launchers written into this bundle's
 * state folder over the running headless bundles' jars, as the product's own {@code vre} script does.
 */
final class ToolLaunchers {

    private ToolLaunchers() {
    }

    static Path find() {
        String home = System.getenv("VRE_HOME");
        if (home != null && !home.isBlank() && hasLaunchers(Path.of(home))) {
            return Path.of(home);
        }
        Optional<Path> installed = installLocation().filter(ToolLaunchers::hasLaunchers);
        return installed.orElseGet(ToolLaunchers::write);
    }

    private static Optional<Path> installLocation() {
        try {
            return Optional.of(Path.of(FileLocator.toFileURL(Platform.getInstallLocation().getURL()).toURI()));
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean hasLaunchers(Path folder) {
        return Files.isExecutable(folder.resolve("vre")) && Files.isExecutable(folder.resolve("rucio"));
    }

    /** Writes launchers whose class path is the running bundles that the command line needs. */
    private static Path write() {
        Bundle self = FrameworkUtil.getBundle(ToolLaunchers.class);
        Path folder = Platform.getStateLocation(self).toPath().resolve("bin");
        String classPath = String.join(File.pathSeparator, classPath(self.getBundleContext().getBundles()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Files.createDirectories(folder);
            for (String[] tool : new String[][] {{"vre", "org.vre.cli.Main"}, {"rucio", "org.vre.cli.rucio.RucioMain"}}) {
                Path script = folder.resolve(tool[0]);
                Files.writeString(script, "#!/bin/sh\n# written by the workbench: the " + tool[0]
                        + " command over the bundles it runs\nexport VRE_HOME='" + folder + "'\nexec '" + java
                        + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -cp '" + classPath + "' "
                        + tool[1] + " \"$@\"\n", StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            throw new VreException("cannot write the vre and rucio launchers into " + folder + ": " + e.getMessage(), e);
        }
        return folder;
    }

    /** Our headless bundles first, then third-party ones; of Eclipse's only EMF (the same choice as the product). */
    static List<String> classPath(Bundle[] bundles) {
        Set<String> ours = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (Bundle bundle : bundles) {
            String name = bundle.getSymbolicName();
            if (name == null || name.startsWith("org.vre.ui") || name.startsWith("org.vre.testing")
                    || name.startsWith("org.eclipse.") && !name.startsWith("org.eclipse.emf.")
                    || name.startsWith("org.junit") || name.startsWith("junit") || name.startsWith("org.apache.felix")
                    || name.startsWith("org.osgi")) {
                continue;
            }
            Optional<File> location = FileLocator.getBundleFileLocation(bundle);
            if (location.isEmpty()) {
                continue;
            }
            (name.startsWith("org.vre.") ? ours : others).addAll(entries(location.get().toPath()));
        }
        List<String> all = new ArrayList<>(ours);
        all.addAll(others);
        return all;
    }

    /** A jar, or a folder bundle with its inner jars (a development layout has target/classes and lib/). */
    private static List<String> entries(Path location) {
        List<String> entries = new ArrayList<>();
        entries.add(location.toString());
        if (Files.isDirectory(location)) {
            Path lib = location.resolve("lib");
            if (Files.isDirectory(lib)) {
                try (var jars = Files.list(lib)) {
                    jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> entries.add(p.toString()));
                } catch (IOException e) {
                    // a folder bundle without readable lib/: its classes alone
                }
            }
        }
        return entries;
    }
}
