package io.github.dcslint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** A cell whose text is made when read is the same value as one given its text. */
class CellTest {

    private static Supplier<String> counting(String text, AtomicInteger calls) {
        return () -> {
            calls.incrementAndGet();
            return text;
        };
    }

    @Test
    void deferredTextIsMadeOnceWhenFirstRead() {
        AtomicInteger calls = new AtomicInteger();
        Cell cell = Cell.deferred(counting("Not Found", calls), 3, 5, 1, 0, 0, false);
        assertEquals(0, calls.get(), "made before it was read");
        assertEquals(3, cell.line());
        assertEquals(5, cell.column());
        assertEquals(0, calls.get(), "positions made the text");
        assertEquals("Not Found", cell.text());
        assertEquals("Not Found", cell.text());
        assertEquals(1, calls.get());
    }

    @Test
    void deferredCellEqualsTheCellGivenItsText() {
        Cell eager = new Cell("404", 2, 3, 0, 1, 2, false);
        Cell deferred = Cell.deferred(() -> "404", 2, 3, 0, 1, 2, false);
        assertEquals(eager, deferred);
        assertEquals(deferred, eager);
        assertEquals(eager.hashCode(), deferred.hashCode());
        assertEquals(eager.toString(), deferred.toString());
        assertNotEquals(eager, Cell.deferred(() -> "405", 2, 3, 0, 1, 2, false));
        assertNotEquals(eager, Cell.deferred(() -> "404", 2, 4, 0, 1, 2, false));
        assertEquals("Cell[text=404, line=2, column=3, gridColumn=0, moreRows=1, moreCols=2, empty=false]",
                eager.toString());
    }

    @Test
    void emptinessUnknownUntilReadFollowsTheText() {
        assertTrue(Cell.deferred(() -> "", 1, 1, 0, 0, 0, null).empty());
        assertFalse(Cell.deferred(() -> "x", 1, 1, 0, 0, 0, null).empty());
        assertEquals(Cell.of("", 1, 1, 0), Cell.deferred(() -> "", 1, 1, 0, 0, 0, null));
        // a cell whose emptiness the parser knows keeps it, whatever its text (a lone "\\" in RST)
        assertFalse(Cell.deferred(() -> "", 1, 1, 0, 0, 0, false).empty());
    }

    @Test
    void atColumnMovesTheCellWithoutReadingIt() {
        AtomicInteger calls = new AtomicInteger();
        Cell moved = Cell.deferred(counting("OK", calls), 4, 9, 2, 0, 1, false).atColumn(7);
        assertEquals(0, calls.get());
        assertEquals(new Cell("OK", 4, 7, 2, 0, 1, false), moved);
        assertEquals(1, calls.get());
    }

    @Test
    void noTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Cell(null, 1, 1, 0, 0, 0, true));
        assertThrows(IllegalArgumentException.class, () -> Cell.deferred(() -> null, 1, 1, 0, 0, 0, true).text());
    }

    @Test
    void readTextsMakesEveryCellsText() {
        AtomicInteger calls = new AtomicInteger();
        Row header = new Row(1, List.of(Cell.deferred(counting("Code", calls), 1, 1, 0, 0, 0, false)));
        Row body = new Row(3, List.of(Cell.deferred(counting("200", calls), 3, 1, 0, 0, 0, false),
                Cell.deferred(counting("OK", calls), 3, 8, 1, 0, 0, false)));
        Table table = new Table(TableKind.PIPE, 1, 1, null, null, List.of(), 2, List.of(header), List.of(body));
        table.readTexts();
        assertEquals(3, calls.get());
        table.readTexts();
        assertEquals(3, calls.get());
    }
}
