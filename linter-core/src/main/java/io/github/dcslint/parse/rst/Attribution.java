package io.github.dcslint.parse.rst;

/**
 * Block quote attributions, docutils' split_attribution: "First line after a blank line must
 * begin with a dash ("--", "---", em-dash)", "Every line after that must have consistent
 * indentation", "Attributions must be preceded by block quote content".
 */
final class Attribution {

    private Attribution() {
    }

    /**
     * {start, end, markerEnd, indent} of the first attribution in the quote's lines, or null.
     */
    static int[] find(Lines block) {
        int blank = -2;
        boolean nonblankSeen = false;
        for (int i = 0; i < block.size(); i++) {
            String line = block.text(i);
            if (line.isEmpty()) {
                blank = i;
                continue;
            }
            if (nonblankSeen && blank == i - 1) {
                int marker = marker(line);
                if (marker > 0) {
                    int[] shape = shape(block, i);
                    if (shape != null) {
                        return new int[] {i, shape[0], marker, shape[1]};
                    }
                }
            }
            nonblankSeen = true;
        }
        return null;
    }

    /** {@code (---?(?!-)|\u2014) *(?=[^ \n])}: the end of the dash and spaces, or -1. */
    private static int marker(String line) {
        int k;
        if (line.startsWith("---")) {
            k = 3;
        } else if (line.startsWith("--")) {
            k = 2;
        } else if (line.startsWith("\u2014")) {
            k = 1;
        } else {
            return -1;
        }
        if (k >= 2 && k < line.length() && line.charAt(k) == '-') {
            return -1;
        }
        while (k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return k < line.length() ? k : -1;
    }

    /** check_attribution: {index past the attribution, indent of its later lines}, or null. */
    private static int[] shape(Lines block, int start) {
        int indent = -1;
        int i = start + 1;
        for (; i < block.size(); i++) {
            String line = block.text(i);
            if (line.isEmpty()) {
                return new int[] {i, Math.max(indent, 0)};
            }
            int lineIndent = line.length() - Lines.lstrip(line).length();
            if (indent < 0) {
                indent = lineIndent;
            } else if (lineIndent != indent) {
                return null;
            }
        }
        return new int[] {i, Math.max(indent, 0)};
    }
}
