// The baseline holds the sample docs' seven findings (testdata/sample-docs/expected-output.txt,
// written by hand), so verify-docs with it reports none and passes.
import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'dcs-baseline.json'))
assert baseline.version == 1
assert baseline.entries*.count.sum() == 7
assert baseline.entries*.path as Set ==
        ['api/creating_a_zone.rst', 'api/deleting_a_zone.rst', 'api/querying_zones.md', 'appendix/status_code.rst'] as Set
// no line numbers: entries are keyed by rule, row code and cell text
assert baseline.entries.every { !it.containsKey('line') }
def invalid = baseline.entries.find { it.rule == 'InvalidStatusCode' }
assert invalid.path == 'api/deleting_a_zone.rst'
assert invalid.text == '4O4'
def mismatch = baseline.entries.find { it.rule == 'StatusNameMismatch' && it.path == 'api/querying_zones.md' }
assert mismatch.code == '404'
assert mismatch.text == 'Not found'
assert baseline.entries == baseline.entries.sort(false) { a, b -> a.path <=> b.path ?: a.rule <=> b.rule }

def out = new File(basedir, 'target/dcs')
def summary = new File(out, 'dcs-summary.md').text
assert summary.startsWith('### dcs: no findings in 5 files\n')
assert summary.contains('7 findings are in the baseline dcs-baseline.json; 0 entries are stale')
def html = new File(out, 'dcs-report.html').text
assert html.contains('<p class="totals">no findings in 5 files</p>')
assert !html.contains('<script')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
return true
