// The sample docs in docs/ here (testdata/it/copy-sample-docs.groovy, from the source tree).
sampleDocsTarget = 'docs'
return evaluate(basedir.toPath().resolve('../../../it/copy-sample-docs.groovy').normalize().toFile())
