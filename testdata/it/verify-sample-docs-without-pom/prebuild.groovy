// The sample docs in testdata/sample-docs here, so the goal runs as the README's command does from
// the repository root (testdata/it/copy-sample-docs.groovy, from the source tree).
sampleDocsTarget = 'testdata/sample-docs'
return evaluate(basedir.toPath().resolve('../../../it/copy-sample-docs.groovy').normalize().toFile())
