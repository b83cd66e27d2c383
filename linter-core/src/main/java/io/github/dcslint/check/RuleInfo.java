package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;

/**
 * What every report says about a rule.
 *
 * @param id               stable ID used in rule files, suppressions and reports
 * @param summary          one sentence, no trailing period (SARIF shortDescription)
 * @param fullDescription  why the rule exists (SARIF fullDescription)
 * @param help             what to write instead (SARIF help)
 * @param defaultSeverity  the severity in the default rules file
 * @param docPath          the rule's doc page, relative to the project root ({@code docs/rules/ID.md})
 */
public record RuleInfo(String id, String summary, String fullDescription, String help,
                       SeverityLevel defaultSeverity, String docPath) {
}
