package io.github.dcslint.check;

import java.util.List;
import java.util.Optional;

/** The registry of dcs rules: one entry per check, in a stable order. */
public final class Rules {

    private Rules() {
    }

    /** Every rule dcs has. */
    public static List<RuleInfo> all() {
        // TODO(checks): one entry per check
        return List.of();
    }

    public static Optional<RuleInfo> byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
