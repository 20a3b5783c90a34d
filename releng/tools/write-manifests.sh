#!/usr/bin/env bash
# Regenerates the headless bundles' MANIFEST.MF files from their sources (write-manifest.py).
# Extra imports: superclasses' packages the compiler checks but the sources do not import, and JDBC drivers
# loaded by class name.
set -euo pipefail
cd "$(dirname "$0")"
./write-manifest.py org.vre.testing "VRE test fixtures (real servers for tests; not shipped)" org.vre.core auto >/dev/null
./write-manifest.py org.vre.lake "VRE Data Lake" "org.vre.core,org.vre.testing;resolution:=optional" auto \
  "org.h2,org.postgresql,org.apache.hc.core5.http.message,org.apache.hc.core5.http.io,org.apache.hc.client5.http.protocol,org.apache.hc.core5.http.io.support,org.apache.hc.client5.http.io,org.apache.hc.core5.http.config,org.apache.hc.core5.ssl,org.apache.hc.core5.pool,org.apache.hc.core5.concurrent,org.apache.hc.client5.http.auth,org.apache.hc.client5.http,org.apache.hc.client5.http.socket,org.apache.hc.core5.http.ssl,org.apache.hc.client5.http.classic,org.apache.hc.core5.http2" >/dev/null
./write-manifest.py org.vre.workflow "VRE Workflow Model" \
  "org.vre.core,org.eclipse.emf.common;visibility:=reexport,org.eclipse.emf.ecore;visibility:=reexport,org.eclipse.emf.ecore.xmi;resolution:=optional" auto \
  "com.fasterxml.jackson.core" >/dev/null
sed -i 's/^Bundle-SymbolicName: org.vre.workflow$/Bundle-SymbolicName: org.vre.workflow;singleton:=true/' ../../bundles/org.vre.workflow/META-INF/MANIFEST.MF
sed -i 's/^ org.vre.workflow.internal;version="0.1.0";x-internal:=true/ org.vre.workflow.internal;version="0.1.0";x-friends:="org.vre.workflow.edit"/' ../../bundles/org.vre.workflow/META-INF/MANIFEST.MF
./write-manifest.py org.vre.workflow.edit "VRE Workflow Edit" \
  "org.vre.core,org.vre.workflow;visibility:=reexport,org.eclipse.emf.edit;visibility:=reexport" auto >/dev/null
sed -i 's/^Bundle-Vendor: VRE Workbench$/Bundle-Vendor: VRE Workbench\nBundle-Localization: plugin/' ../../bundles/org.vre.workflow.edit/META-INF/MANIFEST.MF
./write-manifest.py org.vre.data "VRE Data Readers and Plots" org.vre.core auto \
  "org.apache.commons.lang3;resolution:=optional,com.ning.compress.lzf;resolution:=optional,net.jpountz.lz4;resolution:=optional,org.slf4j;resolution:=optional" >/dev/null
# jHDF is embedded (see the bundle's pom): its packages come from lib/jhdf.jar, not from imports.
sed -i -e '/^ io\.jhdf/d' -e 's/^Bundle-Vendor: VRE Workbench$/Bundle-Vendor: VRE Workbench\nBundle-ClassPath: .,lib\/jhdf.jar/' ../../bundles/org.vre.data/META-INF/MANIFEST.MF
# MINA SSHD (sshd-osgi): superinterfaces' packages the compiler checks but the sources do not import.
./write-manifest.py org.vre.engine "VRE Execution Engine" \
  "org.vre.core,org.vre.workflow,org.vre.lake,org.vre.testing;resolution:=optional" auto \
  "com.fasterxml.jackson.core,org.apache.sshd.common,org.apache.sshd.common.future,org.apache.sshd.common.session,org.apache.sshd.common.util.closeable,org.apache.sshd.common.util.io,org.apache.sshd.client.future" >/dev/null
sed -i 's/^ org.vre.engine.internal;version="0.1.0";x-internal:=true/ org.vre.engine.internal;version="0.1.0";x-friends:="org.vre.cli"/' ../../bundles/org.vre.engine/META-INF/MANIFEST.MF
./write-manifest.py org.vre.cli "VRE Command Line" "org.vre.core,org.vre.lake,org.vre.workflow,org.vre.data,org.vre.engine,org.vre.testing;resolution:=optional" org.vre.cli "com.fasterxml.jackson.databind.node;resolution:=optional" >/dev/null
