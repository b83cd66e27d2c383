// The sample docs without a pom: every dcs line of the console must be the hand-written
// testdata/sample-docs/expected-output.txt, in order, and the build must fail on the errors.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').readLines()
def expected = new File(basedir, 'testdata/sample-docs/expected-output.txt').readLines()

// dcs's own lines, without Maven's "[ERROR] " / "[WARNING] " / "[INFO] " prefix
def prefix = ~/^\[(ERROR|WARNING|INFO)\] /
def dcsLines = log.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] (testdata\/sample-docs\/.*:\d+:\d+: |dcs checked )/ }
        .collect { it - prefix }
assert dcsLines == expected

// each finding is logged at its severity's level
assert log.any { it.startsWith('[WARNING] testdata/sample-docs/appendix/status_code.rst:') && it.endsWith('[LegacyStatusName]') }
assert log.any { it.startsWith('[ERROR] testdata/sample-docs/api/deleting_a_zone.rst:') }
assert log.any { it.contains('You have 6 documentation findings of severity error.') }
assert log.any { it.contains('BUILD FAILURE') }

// without a pom the reports still go to target/dcs of the current directory
def out = new File(basedir, 'target/dcs')
def xml = new XmlSlurper().parse(new File(out, 'dcs-result.xml'))
assert xml.file.size() == 5
assert xml.file.error.size() == expected.size() - 1
def sarif = new JsonSlurper().parse(new File(out, 'dcs-result.sarif'))
def results = sarif.runs[0].results
assert results.size() == expected.size() - 1
assert results*.locations*.getAt(0)*.physicalLocation*.artifactLocation*.uri as Set ==
        ['api/creating_a_zone.rst', 'api/deleting_a_zone.rst', 'api/querying_zones.md', 'appendix/status_code.rst'] as Set
assert results.every { it.locations[0].physicalLocation.artifactLocation.uriBaseId == 'SRCROOT' }
return true
