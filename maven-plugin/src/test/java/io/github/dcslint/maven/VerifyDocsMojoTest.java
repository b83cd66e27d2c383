package io.github.dcslint.maven;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.run.DcsRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mojo's own decisions; the invoker ITs in testdata/it run it inside Maven. */
class VerifyDocsMojoTest {

    @TempDir
    Path temp;

    private VerifyDocsMojo mojo(Path base) {
        VerifyDocsMojo mojo = new VerifyDocsMojo();
        mojo.baseDirectory = base.toFile();
        mojo.sources = List.of(base.toString());
        mojo.includes = "**/*.rst,**/*.md";
        mojo.excludes = "target";
        mojo.rules = "classpath:dcs/dcs-rules.xml";
        mojo.failOnViolation = true;
        mojo.violationSeverity = "error";
        mojo.formats = "xml,sarif";
        return mojo;
    }

    @Test
    void commaListsDropBlanksAndSpaces() {
        assertEquals(List.of("a", "b", "c"), AbstractDcsMojo.splitList(" a, b,,c ,"));
        assertEquals(List.of(), AbstractDcsMojo.splitList(null));
    }

    @Test
    void severityNamesAreCheckedCaseInsensitively() throws Exception {
        assertEquals(SeverityLevel.WARNING, VerifyDocsMojo.severity(" Warning "));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> VerifyDocsMojo.severity("fatal"));
        assertTrue(e.getMessage().contains("\"fatal\" is not one of error, warning, info"), e.getMessage());
    }

    @Test
    void failureMessageCountsSaysWhereTheReportIsAndHowToOnlyReport() {
        DcsRequest request = DcsRequest.builder(temp).build();
        String one = VerifyDocsMojo.failureMessage(request, 1, SeverityLevel.ERROR);
        assertTrue(one.startsWith("You have 1 documentation finding of severity error."), one);
        assertTrue(one.contains("target/dcs/dcs-result.sarif"), one);
        assertTrue(one.contains("-Ddcs.failOnViolation=false"), one);
        String many = VerifyDocsMojo.failureMessage(request, 3, SeverityLevel.WARNING);
        assertTrue(many.startsWith("You have 3 documentation findings of severity warning or above."), many);
    }

    @Test
    void withoutAPomTheReportsGoToTargetDcsOfTheCurrentDirectory() {
        VerifyDocsMojo mojo = mojo(temp);
        // what Maven injects for ${project.build.directory} in its no-pom stub project
        mojo.buildDirectory = new File("${project.basedir}/target");
        assertEquals(temp.resolve("target/dcs"), mojo.outputDirectory());
        mojo.buildDirectory = temp.resolve("build").toFile();
        assertEquals(temp.resolve("build/dcs"), mojo.outputDirectory());
        mojo.outputDirectory = temp.resolve("reports").toFile();
        assertEquals(temp.resolve("reports"), mojo.outputDirectory());
    }

    @Test
    void skipDoesNothing() throws Exception {
        VerifyDocsMojo mojo = mojo(temp.resolve("does-not-exist"));
        mojo.skip = true;
        mojo.execute(); // a missing source root would otherwise fail
        assertFalse(Files.exists(temp.resolve("does-not-exist")));
    }

    @Test
    void missingSourceRootIsABrokenConfigurationNotAFailedCheck() {
        VerifyDocsMojo mojo = mojo(temp);
        mojo.sources = List.of("nope");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void unknownReportFormatIsABrokenConfiguration() {
        VerifyDocsMojo mojo = mojo(temp);
        mojo.formats = "xml,html";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("\"html\""), e.getMessage());
    }

    @Test
    void cleanDocsPassAndWriteBothReports() throws Exception {
        Files.writeString(temp.resolve("index.rst"), "Title\n=====\n\nNo tables here.\n");
        VerifyDocsMojo mojo = mojo(temp);
        mojo.outputDirectory = temp.resolve("out").toFile();
        mojo.execute();
        assertTrue(Files.isRegularFile(temp.resolve("out/dcs-result.xml")));
        assertTrue(Files.isRegularFile(temp.resolve("out/dcs-result.sarif")));
    }

    private Path docsWithOneErrorAndOneWarning() throws Exception {
        Files.writeString(temp.resolve("p.md"), "| Status Code | Name |\n|---|---|\n| 404 | Not found |\n"
                + "| 422 | Unprocessable Entity |\n");
        return temp;
    }

    @Test
    void findingAtTheThresholdFailsTheBuildWithAMojoFailure() throws Exception {
        VerifyDocsMojo mojo = mojo(docsWithOneErrorAndOneWarning());
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("You have 1 documentation finding of severity error."), e.getMessage());
        // the reports are written before the build fails, so CI can still upload them
        assertTrue(Files.isRegularFile(temp.resolve("target/dcs/dcs-result.sarif")));
    }

    @Test
    void warningThresholdCountsErrorsAndWarnings() throws Exception {
        VerifyDocsMojo mojo = mojo(docsWithOneErrorAndOneWarning());
        mojo.violationSeverity = "warning";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("You have 2 documentation findings of severity warning or above."),
                e.getMessage());
    }

    @Test
    void failOnViolationFalseOnlyReports() throws Exception {
        VerifyDocsMojo mojo = mojo(docsWithOneErrorAndOneWarning());
        mojo.failOnViolation = false;
        mojo.execute();
        assertTrue(Files.readString(temp.resolve("target/dcs/dcs-result.xml")).contains("StatusNameMismatch"));
    }

    @Test
    void suppressionsFileReachesTheShippedRules() throws Exception {
        VerifyDocsMojo mojo = mojo(docsWithOneErrorAndOneWarning());
        Files.writeString(temp.resolve("suppressions.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE suppressions PUBLIC "-//Checkstyle//DTD SuppressionFilter Configuration 1.2//EN"
                    "https://checkstyle.org/dtds/suppressions_1_2.dtd">
                <suppressions>
                  <suppress checks="StatusNameMismatch" files="p\\.md$"/>
                </suppressions>
                """);
        mojo.suppressions = "suppressions.xml";
        mojo.execute(); // the one error is suppressed; the warning does not fail the build
        String xml = Files.readString(temp.resolve("target/dcs/dcs-result.xml"));
        assertFalse(xml.contains("StatusNameMismatch"), xml);
        assertTrue(xml.contains("LegacyStatusName"), xml);
    }

    @Test
    void organisationCatalogReachesTheShippedRules() throws Exception {
        Files.writeString(temp.resolve("gateway.md"), "| Status Code | Name |\n|---|---|\n"
                + "| 494 | Request Header Too Large |\n");
        VerifyDocsMojo mojo = mojo(temp);
        MojoFailureException unknown = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(Files.readString(temp.resolve("target/dcs/dcs-result.xml")).contains("UnknownStatusCode"),
                unknown.getMessage());

        Files.writeString(temp.resolve("org-codes.csv"), "Code,Name\n494,Request Header Too Large\n");
        mojo.catalogs = List.of("org-codes.csv");
        mojo.execute(); // 494 is known now, and its name is the organisation's
        assertFalse(Files.readString(temp.resolve("target/dcs/dcs-result.xml")).contains("<error"));
    }

    @Test
    void commandLinePropertiesFillTheRulesFilesPlaceholders() throws Exception {
        Files.writeString(temp.resolve("gateway.md"), "| Status Code | Name |\n|---|---|\n"
                + "| 494 | Request Header Too Large |\n");
        Files.writeString(temp.resolve("org-codes.csv"), "Code,Name\n494,Request Header Too Large\n");
        Files.writeString(temp.resolve("rules.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN"
                    "https://checkstyle.org/dtds/configuration_1_3.dtd">
                <module name="Checker">
                  <module name="UnknownStatusCode">
                    <property name="catalogs"
                              value="classpath:dcs/iana-http-status-codes.csv, ${basedir}/${orgCatalog}"/>
                  </module>
                </module>
                """);
        VerifyDocsMojo mojo = mojo(temp);
        mojo.rules = "rules.xml";
        mojo.userProperties = new java.util.Properties();
        mojo.userProperties.setProperty("orgCatalog", "org-codes.csv");
        mojo.execute(); // 494 is in the organisation catalog named on the "command line"
        mojo.userProperties.clear();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("orgCatalog"), e.getMessage());
    }

    /** testdata/appendix-option: its appendix is reference/http-codes.rst, which only dcs.appendixPatterns finds. */
    @Test
    void anAppendixAtAnotherPathIsRecognisedOnlyWithTheParameter() throws Exception {
        Path docSet = Path.of(System.getProperty("dcs.projectRoot")).resolve("testdata/appendix-option");
        VerifyDocsMojo without = mojo(docSet);
        without.outputDirectory = temp.resolve("out").toFile();
        without.execute();
        VerifyDocsMojo with = mojo(docSet);
        with.outputDirectory = temp.resolve("out").toFile();
        with.appendixPatterns = "reference/http-codes.rst";
        MojoFailureException e = assertThrows(MojoFailureException.class, with::execute);
        assertTrue(e.getMessage().startsWith("You have 2 documentation findings"), e.getMessage());
    }

    @Test
    void aBadAppendixTitleIsAConfigurationErrorNamingIt() throws Exception {
        VerifyDocsMojo mojo = mojo(temp);
        mojo.outputDirectory = temp.resolve("out").toFile();
        mojo.appendixTitle = "Status (Codes";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("\"Status (Codes\""), e.getMessage());
    }
    /** A file over dcs.maxFileBytes is one MalformedTable finding, not parsed; under it, it is read. */
    @Test
    void aFileOverTheSizeLimitIsOneFindingAndTheLimitIsAParameter() throws Exception {
        java.nio.file.Files.writeString(temp.resolve("page.rst"), "Title\n=====\n\nSome text.\n");
        VerifyDocsMojo small = mojo(temp);
        small.outputDirectory = temp.resolve("out").toFile();
        small.maxFileBytes = 10;
        MojoFailureException e = assertThrows(MojoFailureException.class, small::execute);
        assertTrue(e.getMessage().startsWith("You have 1 documentation finding"), e.getMessage());
        String xml = java.nio.file.Files.readString(temp.resolve("out/dcs-result.xml"));
        assertTrue(xml.contains("over the limit of 10"), xml);
        VerifyDocsMojo normal = mojo(temp);
        normal.outputDirectory = temp.resolve("out").toFile();
        normal.execute();
    }
}
