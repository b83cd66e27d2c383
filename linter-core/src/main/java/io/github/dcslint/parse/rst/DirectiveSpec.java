package io.github.dcslint.parse.rst;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What docutils (with the Sphinx stubs of rst_tables.py) knows about a directive: its arguments,
 * options, whether it takes content, and what dcs does with it.
 *
 * @param required   required arguments
 * @param optional   optional arguments
 * @param finalWhitespace whether the last argument may contain whitespace
 * @param options    option names accepted; null: none; {@link #ANY}: every option
 * @param hasContent whether content is allowed
 * @param behavior   what the directive makes of its content
 */
record DirectiveSpec(int required, int optional, boolean finalWhitespace, Set<String> options, boolean hasContent,
                     Behavior behavior) {

    /** Marker set: every option name is accepted (rst_tables.py's _AnyOptions). */
    static final Set<String> ANY = Set.of("\u0000any");

    enum Behavior {
        /** {@code .. table::}: exactly one table in the content, with the argument as title. */
        TABLE,
        LIST_TABLE,
        CSV_TABLE,
        /** Content kept as literal text (code, math, raw): never parsed as RST. */
        LITERAL,
        /** Content is inline text only (parsed-literal, line-block). */
        INLINE,
        /** Content parsed as body elements (admonitions, containers, unknown directives). */
        BODY,
        /** Argument is a title shown before the body (admonition, topic, sidebar). */
        TITLED_BODY,
        /** The argument is shown as text (rubric). */
        ARGUMENT_TEXT,
        /** Produces nothing dcs looks at (toctree, image, include, ...). */
        NOTHING
    }

    private static final Set<String> CLASS_NAME = Set.of("class", "name");
    private static final Map<String, DirectiveSpec> KNOWN = new HashMap<>();

    static {
        Set<String> tableOptions = Set.of("class", "name", "align", "width", "widths");
        KNOWN.put("table", new DirectiveSpec(0, 1, true, tableOptions, true, Behavior.TABLE));
        KNOWN.put("list-table", new DirectiveSpec(0, 1, true, Set.of("header-rows", "stub-columns", "width",
                "widths", "class", "name", "align"), true, Behavior.LIST_TABLE));
        KNOWN.put("csv-table", new DirectiveSpec(0, 1, true, Set.of("header-rows", "stub-columns", "header",
                "width", "widths", "file", "url", "encoding", "class", "name", "align", "delim", "keepspace",
                "quote", "escape"), true, Behavior.CSV_TABLE));
        DirectiveSpec code = new DirectiveSpec(0, 1, false, Set.of("class", "name", "number-lines"), true,
                Behavior.LITERAL);
        KNOWN.put("code", code);
        KNOWN.put("code-block", code);
        KNOWN.put("sourcecode", code);
        KNOWN.put("math", new DirectiveSpec(0, 1, true, CLASS_NAME, true, Behavior.LITERAL));
        KNOWN.put("raw", new DirectiveSpec(1, 0, true, Set.of("file", "url", "encoding", "class"), true,
                Behavior.LITERAL));
        KNOWN.put("parsed-literal", new DirectiveSpec(0, 0, false, CLASS_NAME, true, Behavior.INLINE));
        KNOWN.put("line-block", new DirectiveSpec(0, 0, false, CLASS_NAME, true, Behavior.INLINE));
        for (String name : new String[] {"attention", "caution", "danger", "error", "hint", "important", "note",
                "tip", "warning"}) {
            KNOWN.put(name, new DirectiveSpec(0, 0, false, CLASS_NAME, true, Behavior.BODY));
        }
        KNOWN.put("admonition", new DirectiveSpec(1, 0, true, CLASS_NAME, true, Behavior.TITLED_BODY));
        KNOWN.put("topic", new DirectiveSpec(1, 0, true, CLASS_NAME, true, Behavior.TITLED_BODY));
        KNOWN.put("sidebar", new DirectiveSpec(0, 1, true, Set.of("subtitle", "class", "name"), true,
                Behavior.TITLED_BODY));
        KNOWN.put("rubric", new DirectiveSpec(1, 0, true, CLASS_NAME, false, Behavior.ARGUMENT_TEXT));
        for (String name : new String[] {"epigraph", "highlights", "pull-quote"}) {
            KNOWN.put(name, new DirectiveSpec(0, 0, false, null, true, Behavior.BODY));
        }
        KNOWN.put("compound", new DirectiveSpec(0, 0, false, CLASS_NAME, true, Behavior.BODY));
        KNOWN.put("container", new DirectiveSpec(0, 1, true, Set.of("name"), true, Behavior.BODY));
        KNOWN.put("class", new DirectiveSpec(1, 0, true, null, true, Behavior.BODY));
        KNOWN.put("header", new DirectiveSpec(0, 0, false, null, true, Behavior.BODY));
        KNOWN.put("footer", new DirectiveSpec(0, 0, false, null, true, Behavior.BODY));
        KNOWN.put("image", new DirectiveSpec(1, 0, true, Set.of("alt", "height", "width", "scale", "align",
                "name", "target", "class", "loading"), false, Behavior.NOTHING));
        KNOWN.put("figure", new DirectiveSpec(1, 0, true, Set.of("alt", "height", "width", "scale", "align",
                "name", "target", "class", "loading", "figwidth", "figclass"), true, Behavior.BODY));
        KNOWN.put("contents", new DirectiveSpec(0, 1, true, Set.of("depth", "local", "backlinks", "class"), false,
                Behavior.NOTHING));
        for (String name : new String[] {"sectnum", "section-numbering"}) {
            KNOWN.put(name, new DirectiveSpec(0, 0, false, Set.of("depth", "start", "prefix", "suffix"), false,
                    Behavior.NOTHING));
        }
        KNOWN.put("meta", new DirectiveSpec(0, 0, false, null, true, Behavior.NOTHING));
        KNOWN.put("include", new DirectiveSpec(1, 0, true, Set.of("literal", "code", "encoding", "parser",
                "tab-width", "start-line", "end-line", "start-after", "end-before", "number-lines", "class",
                "name"), false, Behavior.NOTHING));
        KNOWN.put("title", new DirectiveSpec(1, 0, true, null, false, Behavior.NOTHING));
        KNOWN.put("role", new DirectiveSpec(1, 0, true, ANY, true, Behavior.NOTHING));
        KNOWN.put("default-role", new DirectiveSpec(0, 1, false, null, false, Behavior.NOTHING));
        KNOWN.put("target-notes", new DirectiveSpec(0, 0, false, Set.of("class", "name"), false,
                Behavior.NOTHING));
        // rst_tables.py's _Nothing: Sphinx directives that only carry document names
        DirectiveSpec nothing = new DirectiveSpec(0, 100, true, ANY, true, Behavior.NOTHING);
        for (String name : new String[] {"toctree", "index", "highlight", "sectionauthor", "moduleauthor",
                "codeauthor", "tabularcolumns", "literalinclude", "automodule", "autoclass", "autofunction",
                "currentmodule", "module"}) {
            KNOWN.put(name, nothing);
        }
    }

    /** rst_tables.py's _Container: an unknown directive parses its content as body elements. */
    static final DirectiveSpec UNKNOWN = new DirectiveSpec(0, 100, true, ANY, true, Behavior.BODY);

    static DirectiveSpec of(String name) {
        DirectiveSpec spec = KNOWN.get(name.toLowerCase(Locale.ROOT));
        return spec != null ? spec : UNKNOWN;
    }

    boolean takesArguments() {
        return required > 0 || optional > 0;
    }

    boolean acceptsOption(String name) {
        return options == ANY || (options != null && options.contains(name.toLowerCase(Locale.ROOT)));
    }
}
