#!/bin/sh
# Runs the dcs report inside a real `mvn site` (Maven's Fluido skin, which loads Bootstrap) on a
# copy of the sample docs, and screenshots the page with scripts/screenshot-report.sh.
#
#   scripts/site-report.sh [OUT.png]
#
# Needs the plugin installed (mvn -B install -DskipTests), network to Maven Central the first
# time (the site plugin and its skin), and Debian's chromium for the screenshot.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/testdata/sample-docs" "$work/docs"
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>docs-site</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin><artifactId>maven-site-plugin</artifactId><version>3.21.0</version></plugin>
      <plugin><artifactId>maven-project-info-reports-plugin</artifactId><version>3.9.0</version></plugin>
    </plugins>
  </build>
  <reporting>
    <plugins>
      <plugin>
        <groupId>io.github.dcslint</groupId>
        <artifactId>dcs-maven-plugin</artifactId>
        <version>0.1.0-SNAPSHOT</version>
        <configuration><sources><source>docs</source></sources></configuration>
      </plugin>
    </plugins>
  </reporting>
</project>
POM
(cd "$work" && mvn -B -q site)
"$root/scripts/screenshot-report.sh" "$work/target/site/dcs-report.html" "${1:-$root/target/dcs-site-report.png}" 1280x900
