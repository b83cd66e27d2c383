println "verify ran in " + basedir; return true
