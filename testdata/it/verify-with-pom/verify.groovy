// A docs project with a pom: `mvn verify` runs dcs:verify-docs (bound to verify) and fails on
// the one error in docs/; then `mvn dcs:verify-docs -Ddcs.failOnViolation=false` only reports.
// Expected findings written by hand from docs/api/get-user.md.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text

def expectLine = { String line ->
    assert log.readLines().contains(line) : "build.log lacks the line:\n${line}"
}
expectLine '[ERROR] docs/api/get-user.md:10:9: error: Status 404 is named "NotFound"; the catalog says "Not Found" (words run together) [StatusNameMismatch]'
expectLine '[WARNING] docs/api/get-user.md:11:9: warning: Status 422 is named "Unprocessable Entity", a name from an earlier RFC; the catalog says "Unprocessable Content" [LegacyStatusName]'
expectLine '[INFO] dcs checked 2 files: 1 error, 1 warning, 0 info'
// invocation 1 (mvn verify) failed because of the finding (MojoFailureException), not a broken
// configuration; invocation 2 (mvn dcs:verify-docs -Ddcs.failOnViolation=false) only reported
int second = log.indexOf('verify-docs (default-cli) @ verify-with-pom')
assert second > 0 : 'the dcs: prefix did not run the goal'
def verifyRun = log.substring(0, second)
def prefixRun = log.substring(second)
assert verifyRun.contains('verify-docs (default) @ verify-with-pom')
assert verifyRun.contains('You have 1 documentation finding of severity error.')
assert verifyRun.contains('target/dcs/dcs-result.sarif')
assert verifyRun.contains('BUILD FAILURE')
assert prefixRun.contains('[INFO] dcs checked 2 files: 1 error, 1 warning, 0 info')
assert prefixRun.contains('BUILD SUCCESS')
assert !log.contains('dcs configuration:')

def out = new File(basedir, 'target/dcs')

def xml = new XmlSlurper().parse(new File(out, 'dcs-result.xml'))
assert xml.name() == 'checkstyle'
assert xml.file.size() == 2
def page = xml.file.find { it.@name.text().endsWith('docs/api/get-user.md') }
assert page.error.size() == 2
assert page.error[0].@line.text() == '10'
assert page.error[0].@column.text() == '9'
assert page.error[0].@severity.text() == 'error'
assert page.error[0].@source.text() == 'StatusNameMismatch'
assert page.error[1].@severity.text() == 'warning'
assert page.error[1].@source.text() == 'LegacyStatusName'

def sarif = new JsonSlurper().parse(new File(out, 'dcs-result.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'dcs'
def ruleIds = run.tool.driver.rules*.id
assert ruleIds.containsAll(['StatusNameMismatch', 'LegacyStatusName', 'MalformedTable', 'UnknownStatusCode'])
run.tool.driver.rules.each { rule ->
    assert rule.shortDescription.text
    assert rule.help.text.contains("docs/rules/${rule.id}.md")
}
assert run.results.size() == 2
def first = run.results[0]
assert first.ruleId == 'StatusNameMismatch'
assert first.level == 'error'
assert ruleIds[first.ruleIndex] == 'StatusNameMismatch'
def location = first.locations[0].physicalLocation
assert location.artifactLocation.uri == 'api/get-user.md'
assert location.artifactLocation.uriBaseId == 'SRCROOT'
assert location.region.startLine == 10
assert location.region.startColumn == 9
assert run.originalUriBaseIds.SRCROOT.uri.endsWith('/verify-with-pom/docs/')
assert run.results[1].level == 'warning'

// <formats>plain</formats> in the pom adds the plain report to the two that are always written
def plain = new File(out, 'dcs-result.txt').readLines()
assert plain.size() == 3
assert plain[2] == 'dcs checked 2 files: 1 error, 1 warning, 0 info'
return true
