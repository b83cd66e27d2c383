// Copies testdata/sample-docs (three levels up from target/it/<this IT>) to docs/ here.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path source = basedir.toPath().resolve('../../../sample-docs').normalize()
Path target = basedir.toPath().resolve('docs')
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
