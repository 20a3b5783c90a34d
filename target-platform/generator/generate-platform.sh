#!/usr/bin/env bash
# Regenerates platform-bundles.txt (the pinned Eclipse 4.34 bundle set) and then vre.target.
# 1. platform-roots.txt lists the roots with the version each had in Eclipse 4.34 (version_at.py ... 20241130).
# 2. platform-pom.xml (outside the reactor) resolves them; dependency:list gives every bundle pinned.
# 3. generate_target.py writes ../vre.target from that list and the library list in it.
set -euo pipefail
cd "$(dirname "$0")"
../../mvnw -q -f platform-pom.xml org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list \
  -DoutputFile=resolved.txt -DincludeScope=runtime
grep ':jar:' resolved.txt | sed 's/^ *//' | awk -F: '{print $1":"$2":"$4}' | grep -v bouncycastle | sort > platform-bundles.txt
python3 generate_target.py > ../vre.target
