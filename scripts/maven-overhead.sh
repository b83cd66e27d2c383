#!/usr/bin/env bash
# What `mvn dcs:verify-docs` costs over `mvn validate` on a 20-file docs project (docs/benchmark.md).
#
#   scripts/maven-overhead.sh [RUNS]        (default 5; run from anywhere)
#
# 1. Installs this checkout's dcs (parent, linter-core, rules, plugin) into a private local
#    repository under target/maven-overhead/repo, with the shared ~/.m2 as its only remote, so
#    ~/.m2 is never written and no network is needed once ~/.m2 holds the build's plugins.
# 2. Writes a docs project: a pom that declares the plugin (so the dcs: prefix resolves) and the
#    first 20 .rst files of ../shared/corpus/otc/domain-name-service.
# 3. Runs the goal once online to fill the private repository, each command once more to warm the
#    file cache, then RUNS times each, alternating, offline (-o -q), and prints every time and the
#    medians. A failing command stops the script (set -e). Uses hyperfine when it is installed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
RUNS=${1:-5}
WORK=$ROOT/target/maven-overhead
SHARED=${DCS_SHARED:-$ROOT/../shared}
M2=${MAVEN_REPO:-$HOME/.m2/repository}
rm -rf "$WORK/project"
mkdir -p "$WORK/project/docs" "$WORK/repo"

cat > "$WORK/settings.xml" <<XML
<settings>
  <profiles><profile><id>shared-m2</id>
    <activation><activeByDefault>true</activeByDefault></activation>
    <repositories><repository><id>shared-m2</id><url>file://$M2</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases>
      <snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></repository></repositories>
    <pluginRepositories><pluginRepository><id>shared-m2</id><url>file://$M2</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases>
      <snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></pluginRepository></pluginRepositories>
  </profile></profiles>
</settings>
XML
MVN=(mvn -B -s "$WORK/settings.xml" -Dmaven.repo.local="$WORK/repo")
echo "installing dcs into $WORK/repo ..." >&2
"${MVN[@]}" -q -DskipTests -pl maven-plugin -am install

VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
find "$SHARED/corpus/otc/domain-name-service" -name '*.rst' | sort | head -20 | while read -r f; do
  cp "$f" "$WORK/project/docs/$(basename "$(dirname "$f")")-$(basename "$f")"
done
cat > "$WORK/project/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>docs</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.dcslint</groupId>
        <artifactId>dcs-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration>
          <sources><source>docs</source></sources>
          <failOnViolation>false</failOnViolation>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
XML
echo "project: $(ls "$WORK/project/docs" | wc -l) files, $(du -sh "$WORK/project/docs" | cut -f1)" >&2

cd "$WORK/project"
# once online (the shared ~/.m2 is the only remote), so the private repository holds everything the
# goal's class realm needs; the timed runs are offline
"${MVN[@]}" -q dcs:verify-docs > /dev/null
VALIDATE="${MVN[*]} -o -q validate"
VERIFY="${MVN[*]} -o -q dcs:verify-docs"
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs "$RUNS" "$VALIDATE" "$VERIFY"
  exit
fi
$VALIDATE > /dev/null
$VERIFY > /dev/null
seconds() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo "scale=3; ($e - $s) / 1000000000" | bc; }
validate=(); verify=()
for i in $(seq "$RUNS"); do
  validate+=("$(seconds $VALIDATE)")
  verify+=("$(seconds $VERIFY)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mv=$(median "${validate[@]}"); md=$(median "${verify[@]}")
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo "mvn validate         (s): ${validate[*]}   median $mv"
echo "mvn dcs:verify-docs  (s): ${verify[*]}   median $md"
echo "overhead of dcs:verify-docs (median difference): $(echo "$md - $mv" | bc) s"
