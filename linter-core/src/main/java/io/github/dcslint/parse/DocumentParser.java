package io.github.dcslint.parse;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.parse.markdown.MarkdownParser;
import io.github.dcslint.parse.rst.RstParser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one entry point from a file to its tables: reads the file once, decodes it, and hands the
 * text to the parser of its format. Never throws for bad input: what cannot be read becomes a
 * {@link Problem} of the returned document. Thread-safe.
 */
public final class DocumentParser {

    /**
     * How long one file may take to parse before it is given up with a finding. A safety net, far
     * above real documents (the 12 MB shared corpus parses in well under a second once warm). It
     * was needed most for flexmark rebuilding a paragraph's text on every line of it
     * (HeadingParser): a pipe table of 100,000 rows cost minutes. LineCheckedHeadingFactory took
     * that away (1.4 s, cold); what remains is whatever else a parser may do on input no one
     * foresaw.
     */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);

    private final ParseOptions options;
    private final Duration timeBudget;
    private final TextSeen textSeen;

    /**
     * Told each document's text, as decoded for its parse, once the parse is done: what a run
     * wants to know of a text besides its tables, found while the text is in memory on the
     * parsing thread rather than by reading the file again later.
     */
    @FunctionalInterface
    public interface TextSeen {
        /**
         * {@code text} is the content of {@code document}'s file (without a byte order mark),
         * strictly decoded as UTF-8; {@code document} is the parse of it.
         */
        void seen(ParsedDocument document, String text);
    }

    public DocumentParser(ParseOptions options) {
        this(options, DEFAULT_TIME_BUDGET);
    }

    /** With another time budget per file (tests; tools that prefer to wait). */
    public DocumentParser(ParseOptions options, Duration timeBudget) {
        this(options, timeBudget, null);
    }

    /** Telling {@code textSeen} (when not null) the text of every document it decodes. */
    public DocumentParser(ParseOptions options, Duration timeBudget, TextSeen textSeen) {
        this.options = options;
        this.timeBudget = timeBudget;
        this.textSeen = textSeen;
    }

    public ParseOptions options() {
        return options;
    }

    /** Reads and parses one file under the source root; the format comes from its extension. */
    public ParsedDocument parse(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String path = relativePath(absolute);
        DocumentFormat format = DocumentFormat.forFileName(absolute.getFileName().toString());
        if (format == null) {
            format = DocumentFormat.RST;
        }
        byte[] bytes;
        try {
            long size = Files.size(absolute);
            if (size > options.maxFileBytes()) {
                return failed(absolute, path, format, 1, 1, "file is " + size + " bytes, over the limit of "
                        + options.maxFileBytes() + "; raise maxFileBytes to check it");
            }
            bytes = Files.readAllBytes(absolute);
        } catch (IOException | RuntimeException e) {
            return failed(absolute, path, format, 1, 1, "cannot read file: " + e);
        }
        return parseBytes(absolute, path, format, bytes);
    }

    /** Parses content already in memory (tests, fuzzing, caches). */
    public ParsedDocument parseBytes(Path file, String path, DocumentFormat format, byte[] bytes) {
        if (bytes.length > options.maxFileBytes()) {
            return failed(file, path, format, 1, 1, "file is " + bytes.length + " bytes, over the limit of "
                    + options.maxFileBytes() + "; raise maxFileBytes to check it");
        }
        DecodedText decoded = decode(bytes);
        if (decoded.problem != null) {
            return new ParsedDocument(file, path, format, null, List.of(), List.of(), List.of(decoded.problem));
        }
        ParsedDocument document = parseText(file, path, format, decoded.text, decoded.ascii);
        if (textSeen != null) {
            textSeen.seen(document, decoded.text);
        }
        return document;
    }

    /**
     * Stack for one parse. Input under the limits may still nest deeply: flexmark matches a GFM
     * delimiter row with a recursive regex (about 1 KB of stack per column, so a 1,000-column
     * table overflowed the default 1 MB stack), and directives nest as deep as indentation
     * allows. The memory is reserved, not committed, until a parse needs it.
     */
    static final long PARSER_STACK_BYTES = 64L * 1024 * 1024;

    /**
     * Threads that parse, each with {@link #PARSER_STACK_BYTES} of stack. Kept and reused (idle
     * ones end after a minute): starting a thread with such a stack for every file cost ~0.15 ms,
     * a tenth of extracting a typical file. Daemons, so a parse stuck past its budget never keeps
     * the JVM alive; the pool starts another thread for the next file.
     */
    private static final ExecutorService PARSE_THREADS = Executors.newCachedThreadPool(
            task -> newParseThread(task, "dcs-parse"));

    /**
     * A daemon thread with {@link #PARSER_STACK_BYTES} of stack on which {@link #parseText}
     * parses in place, without handing the file to a thread of its own: for a pool that parses
     * many files and keeps a time budget per file itself (the runner's). Handing each file over
     * cost ~0.1 ms of waking threads on these machines, a fifth of extracting the corpus.
     */
    public static Thread newParseThread(Runnable task, String name) {
        Thread thread = new ParseThread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static final class ParseThread extends Thread {
        ParseThread(Runnable task, String name) {
            super(null, task, name, PARSER_STACK_BYTES);
        }
    }

    /**
     * The document of a file given up after {@code budget}: one problem at its first line that
     * tells the author what to do.
     */
    public static ParsedDocument tookTooLong(Path file, String path, DocumentFormat format, Duration budget) {
        String time = budget.toMillis() < 1000 ? budget.toMillis() + " ms" : budget.toSeconds() + " s";
        return failed(file, path, format, 1, 1, "reading the file took longer than " + time
                + ", so it is not checked; split its longest paragraph or table, and please report the file");
    }

    /**
     * Parses decoded text (BOM already removed). On a thread of {@link #newParseThread}, in place
     * (the caller keeps the time budget); on any other, on a parse thread, given up after this
     * parser's time budget.
     */
    public ParsedDocument parseText(Path file, String path, DocumentFormat format, String text) {
        return parseText(file, path, format, text, false);
    }

    /** As {@link #parseText(Path, String, DocumentFormat, String)}; {@code ascii}: the text is known to be ASCII only. */
    private ParsedDocument parseText(Path file, String path, DocumentFormat format, String text, boolean ascii) {
        if (Thread.currentThread() instanceof ParseThread) {
            return outcome(file, path, format, parseHere(file, path, format, text, ascii));
        }
        Outcome[] outcome = new Outcome[1];
        Future<?> worker = PARSE_THREADS.submit(() -> {
            // a thread dump of a parse stuck past its budget names the file
            Thread.currentThread().setName("dcs-parse " + path);
            outcome[0] = parseHere(file, path, format, text, ascii);
        });
        try {
            worker.get(Math.max(1, timeBudget.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(file, path, format, 1, 1, "parsing was interrupted; run dcs again");
        } catch (TimeoutException e) {
            // The parser cannot be interrupted; it runs on a daemon thread, so it ends with the
            // JVM at the latest. The run goes on with the next file.
            worker.cancel(true);
            return tookTooLong(file, path, format, timeBudget);
        } catch (ExecutionException e) {
            return outcome(file, path, format, new Outcome(null, e.getCause())); // not reached: parseHere catches all
        }
        return outcome(file, path, format, outcome[0]);
    }

    /** What one parse gave: a document, or what it threw. */
    private record Outcome(ParsedDocument document, Throwable failure) {
    }

    private Outcome parseHere(Path file, String path, DocumentFormat format, String text, boolean ascii) {
        try {
            return new Outcome(format == DocumentFormat.MARKDOWN ? MarkdownParser.parse(file, path, text, options)
                    : RstParser.parse(file, path, text, options, ascii), null);
        } catch (Throwable e) {
            // handed to the calling code: on a pool thread an uncaught throwable would only be printed
            return new Outcome(null, e);
        }
    }

    private static ParsedDocument outcome(Path file, String path, DocumentFormat format, Outcome outcome) {
        Throwable failure = outcome == null ? null : outcome.failure();
        if (failure instanceof Error error && !(failure instanceof StackOverflowError)) {
            // OutOfMemoryError, a missing class: the JVM is in trouble, not the document
            throw error;
        }
        if (failure != null || outcome == null || outcome.document() == null) {
            // A parser bug must not stop the run: report it at the file, go on with the next.
            return failed(file, path, format, 1, 1, "internal error while parsing, please report it: " + failure);
        }
        return outcome.document();
    }

    private String relativePath(Path absolute) {
        Path root = options.sourceRoot();
        Path rel = absolute.startsWith(root) ? root.relativize(absolute) : absolute.getFileName();
        return rel.toString().replace('\\', '/');
    }

    private static ParsedDocument failed(Path file, String path, DocumentFormat format, int line, int column,
                                         String message) {
        return new ParsedDocument(file, path, format, null, List.of(), List.of(),
                List.of(new Problem(line, column, message)));
    }

    /**
     * @param ascii whether the text is known to hold only ASCII characters (found for free: UTF-8
     *     decodes one char per byte only for ASCII), and no NUL (a text with one is refused);
     *     false when unknown
     */
    record DecodedText(String text, Problem problem, boolean ascii) {

        DecodedText(String text, Problem problem) {
            this(text, problem, false);
        }
    }

    /**
     * Strict UTF-8 with an optional BOM. UTF-16 (by its BOM) and binary content (NUL bytes) are
     * refused with a problem at the first offending byte's line.
     */
    static DecodedText decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new DecodedText(null, new Problem(1, 1,
                    "file is UTF-16 (byte order mark); save it as UTF-8"));
        }
        int offset = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            offset = 3;
        }
        // The String constructor decodes in one pass into the final string (ASCII and Latin-1
        // text stay one byte per char) but replaces malformed input with U+FFFD; only text that
        // holds U+FFFD needs the strict decoder to tell a real U+FFFD from a bad byte. The strict
        // decoder's CharBuffer and copy were a tenth of extraction's allocation.
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        // a NUL byte is a U+0000 in the text (UTF-8 has no other encoding of it), and String's
        // search is vectorised: a loop over the bytes was 2 % of the full pipeline (JFR)
        if (fast.indexOf('\0') >= 0) {
            if (looksLikeUtf16(bytes)) {
                return new DecodedText(null, new Problem(1, 1,
                        "file looks like UTF-16 without a byte order mark (every other byte is NUL); save it as UTF-8"));
            }
            int nul = offset;
            while (bytes[nul] != 0) {
                nul++;
            }
            int[] lc = lineAndColumn(bytes, offset, nul);
            return new DecodedText(null, new Problem(lc[0], lc[1],
                    "file contains a NUL byte, so it is binary, not a document; exclude it from the check"));
        }
        if (fast.indexOf('\uFFFD') < 0) {
            return new DecodedText(fast, null, fast.length() == bytes.length - offset);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new DecodedText(text, null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            int[] lc = lineAndColumn(bytes, offset, bad);
            return new DecodedText(null, new Problem(lc[0], lc[1], String.format(
                    "byte 0x%02X at offset %d is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xFF, bad)));
        }
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0) {
                return i;
            }
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            if (i + n >= b.length) {
                return i;
            }
            try {
                d.decode(ByteBuffer.wrap(b, i, n + 1));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += n + 1;
        }
        return Math.max(from, b.length - 1);
    }

    /** ASCII text in UTF-16 has a NUL in every other byte; binary files rarely do for long. */
    private static boolean looksLikeUtf16(byte[] b) {
        int pairs = Math.min(b.length / 2, 256);
        if (pairs < 2) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNul += b[i] == 0 && b[i + 1] != 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 && b[i] != 0 ? 1 : 0;
        }
        return evenNul >= pairs * 0.9 || oddNul >= pairs * 0.9;
    }

    /**
     * 1-based line and column of byte {@code index}: columns count characters (a UTF-8 lead byte
     * starts one), lines end at LF, CR LF or a lone CR as in the parsers.
     */
    static int[] lineAndColumn(byte[] b, int from, int index) {
        int line = 1;
        int column = 1;
        for (int i = from; i < index; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if (b[i] != '\r' && (b[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
