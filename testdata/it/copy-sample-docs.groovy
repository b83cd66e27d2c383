// Shared by the ITs' prebuild.groovy: copies testdata/sample-docs (three levels up from
// target/it/<the IT>) to the folder the IT names in `sampleDocsTarget`, relative to the IT.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path source = basedir.toPath().resolve('../../../sample-docs').normalize()
Path target = basedir.toPath().resolve(sampleDocsTarget)
assert Files.isDirectory(source) : "no sample docs at ${source}"
Files.walk(source).withCloseable { paths ->
    paths.forEach { Path p ->
        Path copy = target.resolve(source.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(copy)
        } else {
            Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
return true
