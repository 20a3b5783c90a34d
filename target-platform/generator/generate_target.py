#!/usr/bin/env python3
"""Writes target-platform/vre.target: Maven Central locations only, every version pinned.

Locations (see docs/ARCHITECTURE.md, "Target platform"):
  platform   Eclipse 4.34 + EMF, depth none, from platform-bundles.txt (generate-platform.sh)
  libraries  third-party libraries, depth infinite (plain jars wrapped by Tycho with bnd)
  elk        ELK layered layout, depth none (its POM asks for guava [15,) and EMF 2.12)
  charts     jfreechart-swt + swtgraphics2d, depth none (their POMs pull macOS SWT and JFreeChart 1.0.19)
  junit      JUnit 5, manifests required
"""
from pathlib import Path

HERE = Path(__file__).parent
VERSION = "0.1.0"

# BouncyCastle is pinned once for everyone (p2's PGP verification, our X.509/VOMS code, sshd).
BOUNCYCASTLE = "1.79"
LIBRARIES = [
    ("org.snakeyaml", "snakeyaml-engine", "2.9"),
    ("com.fasterxml.jackson.core", "jackson-databind", "2.18.2"),
    ("com.networknt", "json-schema-validator", "1.5.6"),
    ("info.picocli", "picocli", "4.7.7"),
    ("com.h2database", "h2", "2.3.232"),
    ("org.postgresql", "postgresql", "42.7.5"),
    ("org.apache.httpcomponents.client5", "httpclient5", "5.4.4"),
    ("org.bouncycastle", "bcprov-jdk18on", BOUNCYCASTLE),
    ("org.bouncycastle", "bcutil-jdk18on", BOUNCYCASTLE),
    ("org.bouncycastle", "bcpkix-jdk18on", BOUNCYCASTLE),
    ("org.bouncycastle", "bcpg-jdk18on", BOUNCYCASTLE),
    ("org.jfree", "jfreechart", "1.5.5"),
    ("org.jfree", "org.jfree.svg", "5.0.6"),
    ("gov.nasa.gsfc.heasarc", "nom-tam-fits", "1.21.1"),
    ("io.jhdf", "jhdf", "0.9.4"),
    ("io.airlift", "aircompressor", "0.27"),
    ("org.apache.pdfbox", "pdfbox", "3.0.4"),
    # MINA SSHD as one OSGi bundle: sshd-core and sshd-common split packages (org.apache.sshd.common.*) that two
    # bundles cannot share; sshd-osgi is both in one jar with a real manifest.
    ("org.apache.sshd", "sshd-osgi", "2.14.0"),
    ("org.eclipse.jetty", "jetty-server", "12.0.16"),
    ("org.slf4j", "slf4j-api", "1.7.36"),
    ("org.slf4j", "slf4j-simple", "1.7.36"),
    # json-schema-validator needs slf4j 2, whose OSGi manifest needs a ServiceLoader mediator and a provider.
    ("org.slf4j", "slf4j-api", "2.0.16"),
    ("org.slf4j", "slf4j-simple", "2.0.16"),
    ("org.apache.aries.spifly", "org.apache.aries.spifly.dynamic.bundle", "1.3.7"),
]
ELK = [
    ("org.eclipse.elk", "org.eclipse.elk.alg.layered", "0.10.0"),
    ("org.eclipse.elk", "org.eclipse.elk.alg.common", "0.10.0"),
    ("org.eclipse.elk", "org.eclipse.elk.core", "0.10.0"),
    ("org.eclipse.elk", "org.eclipse.elk.graph", "0.10.0"),
    # ELK layered requires Xbase's runtime library; 2.37 is the last that accepts guava 33.3 (2.38 wants 33.4).
    ("org.eclipse.xtext", "org.eclipse.xtext.xbase.lib", "2.37.0"),
    ("com.google.guava", "guava", "33.3.1-jre"),
    ("com.google.guava", "failureaccess", "1.0.2"),
]
CHARTS = [
    ("org.jfree", "jfreechart-swt", "1.0"),
    ("org.jfree", "swtgraphics2d", "1.1.0"),
]
# Runtime pieces nobody's POM names but the platform needs (Felix SCR's OSGi service APIs, ECF).
PLATFORM_EXTRA = [
    ("org.osgi", "org.osgi.service.component", "1.5.1"),
    ("org.osgi", "org.osgi.service.cm", "1.6.1"),
    ("org.osgi", "org.osgi.service.metatype", "1.4.1"),
    ("org.osgi", "org.osgi.util.promise", "1.3.0"),
    ("org.osgi", "org.osgi.util.function", "1.2.0"),
    # ECF, p2's transport: its POMs declare no dependencies.
    ("org.eclipse.ecf", "org.eclipse.ecf.identity", "3.10.0"),
    ("org.eclipse.ecf", "org.eclipse.ecf.ssl", "1.3.0"),
    ("org.eclipse.platform", "org.eclipse.equinox.concurrent", "1.3.100"),
    # StartLevel and PlatformAdmin services, which p2's framework manipulator needs in an installed product.
    ("org.eclipse.platform", "org.eclipse.osgi.compatibility.state", "1.2.1000"),
]
JUNIT = [
    ("org.junit.jupiter", "junit-jupiter-api", "5.11.4"),
    ("org.junit.jupiter", "junit-jupiter-engine", "5.11.4"),
    ("org.junit.jupiter", "junit-jupiter-params", "5.11.4"),
    ("org.junit.platform", "junit-platform-commons", "1.11.4"),
    ("org.junit.platform", "junit-platform-engine", "1.11.4"),
    ("org.junit.platform", "junit-platform-launcher", "1.11.4"),
    ("org.junit.platform", "junit-platform-suite-api", "1.11.4"),
    ("org.opentest4j", "opentest4j", "1.3.0"),
    ("org.apiguardian", "apiguardian-api", "1.1.2"),
]

# Jars on Central without an OSGi manifest that Eclipse bundles require by symbolic name.
BATIK_CSS = """      <instructions reference="org.apache.xmlgraphics:batik-css::1.17"><![CDATA[
Bundle-SymbolicName: org.apache.batik.css
Bundle-Version: 1.17.0
Import-Package: org.apache.batik.i18n,org.apache.batik.util,org.w3c.css.sac,*;resolution:=optional
Export-Package: *;version="1.17.0"
]]></instructions>"""
HTTPCLIENT = """      <instructions reference="org.apache.httpcomponents.client5:httpclient5::5.4.4"><![CDATA[
Bundle-SymbolicName: org.apache.httpcomponents.client5.httpclient5
Bundle-Version: 5.4.4
Import-Package: org.slf4j;version="[1.7,3)",*;resolution:=optional
Export-Package: *;version="5.4.4"
]]></instructions>"""


def dependency(group, artifact, version):
    return (f"        <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
            f"<version>{version}</version><type>jar</type></dependency>")


def location(name, depth, missing, artifacts, extra=""):
    deps = "\n".join(dependency(*a) for a in artifacts)
    return f"""    <!-- {name} -->
    <location type="Maven" includeSource="false" includeDependencyDepth="{depth}"
              includeDependencyScopes="compile,runtime" missingManifest="{missing}">
      <dependencies>
{deps}
      </dependencies>
{extra}
    </location>"""


def main():
    platform = [tuple(line.strip().split(":")) for line in (HERE / "platform-bundles.txt").read_text().splitlines() if line.strip()] + PLATFORM_EXTRA
    print(f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?pde version="3.8"?>
<!-- Generated by target-platform/generator/generate_target.py: edit that, not this. -->
<target name="VRE Workbench target platform (Maven Central only)" sequenceNumber="1">
  <locations>
{location("Eclipse 4.34 platform and EMF", "none", "generate", platform, BATIK_CSS)}
{location("Third-party libraries", "infinite", "generate", LIBRARIES, HTTPCLIENT)}
{location("ELK layered layout", "none", "generate", ELK)}
{location("JFreeChart in SWT", "none", "generate", CHARTS)}
{location("JUnit 5", "none", "error", JUNIT)}
  </locations>
  <targetJRE path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-17"/>
</target>""")


if __name__ == "__main__":
    main()
