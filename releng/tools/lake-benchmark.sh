#!/usr/bin/env bash
# Runs one benchmark of org.vre.lake in one command, with the libraries the target platform pins:
#   releng/tools/lake-benchmark.sh LakeBenchmark all 1000000
#   releng/tools/lake-benchmark.sh H2EntryCostBenchmark 1000000
#   releng/tools/lake-benchmark.sh TransferBenchmark 1 2000 200 4
#   releng/tools/lake-benchmark.sh ChecksumBenchmark 1024
# Builds the lake bundle first when its classes are missing (after ./run-tests they are there).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
target=$root/target-platform/vre.target
repo=${MAVEN_REPO:-$HOME/.m2/repository}
bench=${1:?which benchmark: LakeBenchmark, BulkRegistrationBenchmark, H2EntryCostBenchmark, TransferBenchmark, ChecksumBenchmark, ...}
shift

# the jar of groupId:artifactId at the version the target platform pins (the first one, where it pins two)
pinned() {
  local version
  version=$(grep -o "<groupId>$1</groupId><artifactId>$2</artifactId><version>[^<]*" "$target" | head -1 | sed 's/.*<version>//')
  [ -n "$version" ] || { echo "$1:$2 is not pinned in $target" >&2; exit 2; }
  echo "$repo/${1//.//}/$2/$version/$2-$version.jar"
}

bundles=$root/bundles
if [ ! -d "$bundles/org.vre.lake/target/test-classes/org/vre/lake/bench" ]; then
  (cd "$root" && ./mvnw -B -q -DskipTests verify -pl target-platform,bundles/org.vre.core,bundles/org.vre.testing,bundles/org.vre.lake)
fi

jackson=$(pinned com.fasterxml.jackson.core jackson-databind)
classpath=$bundles/org.vre.lake/target/classes:$bundles/org.vre.lake/target/test-classes
classpath+=:$bundles/org.vre.core/target/classes:$bundles/org.vre.testing/target/classes
classpath+=:$jackson:${jackson//databind/core}:${jackson//databind/annotations}
# httpcore5 comes with httpclient5, at the version its parent POM names
httpclient=$(pinned org.apache.httpcomponents.client5 httpclient5)
client_version=$(basename "$(dirname "$httpclient")")
core_version=$(grep -o '<httpcore.version>[^<]*' \
  "$repo/org/apache/httpcomponents/client5/httpclient5-parent/$client_version/httpclient5-parent-$client_version.pom" | sed 's/.*>//')
core=$repo/org/apache/httpcomponents/core5
classpath+=:$httpclient:$core/httpcore5/$core_version/httpcore5-$core_version.jar
classpath+=:$core/httpcore5-h2/$core_version/httpcore5-h2-$core_version.jar
for artifact in com.h2database:h2 org.postgresql:postgresql info.picocli:picocli org.slf4j:slf4j-api \
    org.junit.jupiter:junit-jupiter-api org.junit.platform:junit-platform-commons org.opentest4j:opentest4j; do
  classpath+=:$(pinned "${artifact%%:*}" "${artifact#*:}")
done
for jar in ${classpath//:/ }; do
  [ -e "$jar" ] || { echo "missing $jar: run ./run-tests (or ./mvnw verify) once first" >&2; exit 2; }
done

class=$(cd "$bundles/org.vre.lake/target/test-classes" && find org -name "$bench.class" | head -1)
[ -n "$class" ] || { echo "no benchmark named $bench in org.vre.lake" >&2; exit 2; }
cd "$bundles/org.vre.lake"
exec java -Xmx2g -cp "$classpath" "$(echo "${class%.class}" | tr / .)" "$@"
