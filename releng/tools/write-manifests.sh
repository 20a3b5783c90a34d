#!/usr/bin/env bash
# Regenerates the headless bundles' MANIFEST.MF files from their sources (write-manifest.py).
# Extra imports: superclasses' packages the compiler checks but the sources do not import, and JDBC drivers
# loaded by class name.
set -euo pipefail
cd "$(dirname "$0")"
./write-manifest.py org.vre.lake "VRE Data Lake" org.vre.core auto \
  "org.h2;resolution:=optional,org.postgresql;resolution:=optional,org.apache.hc.core5.http.message,org.apache.hc.core5.http.io,org.apache.hc.client5.http.protocol,org.apache.hc.core5.http.io.support,org.apache.hc.client5.http.io,org.apache.hc.core5.http.config,org.apache.hc.core5.ssl,org.apache.hc.core5.pool,org.apache.hc.core5.concurrent,org.apache.hc.client5.http.auth,org.apache.hc.client5.http,org.apache.hc.client5.http.socket,org.apache.hc.core5.http.ssl,org.apache.hc.client5.http.classic" >/dev/null
./write-manifest.py org.vre.workflow "VRE Workflow Model" \
  "org.vre.core,org.eclipse.emf.common;visibility:=reexport,org.eclipse.emf.ecore;visibility:=reexport" auto \
  "com.fasterxml.jackson.core" >/dev/null
sed -i 's/^Bundle-SymbolicName: org.vre.workflow$/Bundle-SymbolicName: org.vre.workflow;singleton:=true/' ../../bundles/org.vre.workflow/META-INF/MANIFEST.MF
./write-manifest.py org.vre.data "VRE Data Readers and Plots" org.vre.core auto >/dev/null
./write-manifest.py org.vre.cli "VRE Command Line" "org.vre.core,org.vre.lake,org.vre.workflow,org.vre.data" org.vre.cli >/dev/null
