package io.github.dcslint.facts;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceOptionsTest {

    @Test
    void doubleStarMatchesAnyNumberOfFoldersIncludingNone() {
        Pattern glob = WorkspaceOptions.globToRegex("**/appendix/status_code*.rst");
        assertTrue(glob.matcher("appendix/status_codes.rst").matches());
        assertTrue(glob.matcher("appendix/status_code.rst").matches());
        assertTrue(glob.matcher("api-ref/source/appendix/status_codes.rst").matches());
        assertFalse(glob.matcher("appendixes/status_codes.rst").matches());
        assertFalse(glob.matcher("appendix/old/status_codes.rst").matches(), "* does not cross folders");
        assertFalse(glob.matcher("appendix/status_codes.md").matches());
        assertFalse(glob.matcher("appendix/status_code+rst").matches(), "dots are literal");
    }

    @Test
    void titleMatchesWholeTitleInAnyCase() {
        WorkspaceOptions options = WorkspaceOptions.defaults();
        assertTrue(options.appendixTitle().matcher("Status Codes").matches());
        assertTrue(options.appendixTitle().matcher("status code").matches());
        assertFalse(options.appendixTitle().matcher("Status Codes of DNS").matches());
        assertTrue(options.withAppendixTitle("HTTP Status Codes|Status Codes?").appendixTitle()
                .matcher("HTTP status codes").matches());
    }
}
