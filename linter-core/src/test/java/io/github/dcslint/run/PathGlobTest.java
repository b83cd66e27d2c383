package io.github.dcslint.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathGlobTest {

    @Test
    void doubleStarSlashAlsoMatchesTheRoot() {
        PathGlob glob = PathGlob.compile("**/*.rst");
        assertTrue(glob.matches("index.rst"));
        assertTrue(glob.matches("api/v1/errors.rst"));
        assertFalse(glob.matches("index.md"));
        assertFalse(glob.matches("index.rst.bak"));
    }

    @Test
    void singleStarStaysInsideOneSegment() {
        PathGlob glob = PathGlob.compile("api/*.md");
        assertTrue(glob.matches("api/users.md"));
        assertFalse(glob.matches("api/v1/users.md"));
        assertFalse(glob.matchesNames());
    }

    @Test
    void questionMarkIsOneCharacterButNotASlash() {
        PathGlob glob = PathGlob.compile("a?c.rst");
        assertTrue(glob.matches("abc.rst"));
        assertFalse(glob.matches("a/c.rst"));
    }

    @Test
    void trailingDoubleStarMatchesTheDirectoryAndAllBelow() {
        PathGlob glob = PathGlob.compile("build/**");
        assertTrue(glob.matches("build"));
        assertTrue(glob.matches("build/x/y.rst"));
        assertFalse(glob.matches("builder/y.rst"));
        assertTrue(PathGlob.compile("build/").matches("build/y.rst"));
    }

    @Test
    void globWithoutSlashMatchesNames() {
        PathGlob glob = PathGlob.compile("_build");
        assertTrue(glob.matchesNames());
        assertTrue(glob.matches("_build"));
        assertFalse(glob.matches("x_build"));
    }

    @Test
    void regexCharactersAreLiteral() {
        PathGlob glob = PathGlob.compile("a+(b).rst");
        assertTrue(glob.matches("a+(b).rst"));
        assertFalse(glob.matches("aa(b)xrst"));
    }

    @Test
    void emptyAndBackslashGlobsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PathGlob.compile("  "));
        assertThrows(IllegalArgumentException.class, () -> PathGlob.compile("docs\\*.rst"));
    }

    /**
     * The globs matched without the regex ("**&#47;*.rst", "*.md", "target") match exactly what
     * their regex matches, on random paths made of the glob's own pieces.
     */
    @Test
    void literalGlobsMatchWhatTheirRegexMatches() {
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"a", "rst", ".", ".rst", "/", "md", ".md", "target", "x.rst", "\n", "*", "?"};
        String[] globs = {"**/*.rst", "*.rst", "**/*", "*", "target", ".git", "**/*.rst.md", "*x.rst", "**/a",
                "**/*?.rst", "**/*/.rst", "a/**", "*/x.rst"};
        int literal = 0;
        for (String text : globs) {
            PathGlob glob = PathGlob.compile(text);
            for (int i = 0; i < 3000; i++) {
                StringBuilder path = new StringBuilder();
                for (int n = random.nextInt(6); n >= 0; n--) {
                    path.append(pieces[random.nextInt(pieces.length)].replace("\\n", "\n"));
                }
                String p = path.toString();
                if (glob.matches(p)) {
                    literal++;
                }
                assertEquals(glob.matchesByRegex(p), glob.matches(p), text + " on " + p);
            }
        }
        assertTrue(literal > 1000, "the random paths must match too: " + literal);
    }
}
