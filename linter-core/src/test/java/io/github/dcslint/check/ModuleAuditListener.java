package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.AutomaticBean;

/** An audit listener a rules file can name as a module (public, no-argument constructor); listens to nothing. */
public final class ModuleAuditListener extends AutomaticBean implements AuditListener {

    @Override
    protected void finishLocalSetup() {
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

    @Override
    public void addError(AuditEvent event) {
    }

    @Override
    public void addException(AuditEvent event, Throwable throwable) {
    }
}
