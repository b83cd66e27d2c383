package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader.IgnoredModulesOptions;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The checks also run under plain Checkstyle, without the engine: each file is parsed on demand. */
class PlainCheckstyleTest {

    @TempDir
    Path dir;

    @Test
    void defaultRulesUnderAPlainChecker() throws Exception {
        Path md = dir.resolve("api.md");
        Files.writeString(md, """
                # Deleting a key

                | Status Code | Name |
                |---|---|
                | 204 | NoContent |
                | 4O4 | Not Found |
                """);
        String rules = Objects.requireNonNull(getClass().getClassLoader().getResource("dcs/dcs-rules.xml")).toString();
        Configuration configuration = ConfigurationLoader.loadConfiguration(rules,
                new PropertiesExpander(new Properties()), IgnoredModulesOptions.OMIT);
        Checker checker = new Checker();
        checker.setModuleClassLoader(getClass().getClassLoader());
        checker.configure(configuration);
        List<String> events = new ArrayList<>();
        checker.addListener(new AuditListener() {
            @Override
            public void addError(AuditEvent event) {
                events.add(event.getLine() + ":" + event.getColumn() + " " + event.getMessage());
            }

            @Override
            public void addException(AuditEvent event, Throwable throwable) {
                events.add("exception " + throwable);
            }

            @Override
            public void auditStarted(AuditEvent event) {
            }

            @Override
            public void auditFinished(AuditEvent event) {
            }

            @Override
            public void fileStarted(AuditEvent event) {
            }

            @Override
            public void fileFinished(AuditEvent event) {
            }
        });
        checker.process(List.of(new File(md.toString())));
        checker.destroy();
        // "| 204 | NoContent |": N is the 9th character; "| 4O4 |": 4 is the 3rd
        assertEquals(List.of(
                "5:9 Status 204 is named \"NoContent\"; the catalog says \"No Content\" (words run together)",
                "6:3 \"4O4\" is not a status code; write 404 if that is what you mean"), events);
    }
}
