package io.github.dcslint.model;

import java.util.List;

/**
 * One table row.
 *
 * @param line  1-based line where the row starts (first line of its cells' area)
 * @param cells the cells that start in this row, left to right (a cell spanning rows from above
 *              is not repeated)
 */
public record Row(int line, List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell starting at logical column {@code gridColumn}, or null if none starts there. */
    public Cell cellAt(int gridColumn) {
        for (Cell cell : cells) {
            if (cell.gridColumn() == gridColumn) {
                return cell;
            }
        }
        return null;
    }
}
