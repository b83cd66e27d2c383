// export-tables without a pom: one JSON object per table in target/dcs/tables.jsonl, file
// relative to the source root (docs/), tables written by hand from the two files in docs/.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('dcs exported 2 tables from 2 files')
assert log.contains('BUILD SUCCESS')

def lines = new File(basedir, 'target/dcs/tables.jsonl').readLines()
assert lines.size() == 2
def tables = lines.collect { new JsonSlurper().parseText(it) }
def md = tables.find { it.file == 'guide/errors.md' }
assert md : "no table of guide/errors.md in ${tables*.file}"
assert md.line == 3
assert md.kind == 'pipe'
assert md.header == [['Status Code', 'Description']]
assert md.body == [['400', 'The request is invalid.'], ['404', 'The resource does not exist.']]
def rst = tables.find { it.file == 'api/index.rst' }
assert rst : "no table of api/index.rst in ${tables*.file}"
assert rst.line == 4
assert rst.kind == 'simple'
assert rst.body == [['200', 'The request succeeded.']]
assert new File(basedir, 'target/dcs/problems.jsonl').text.isEmpty()
return true
