package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Random;

/** The one-paragraph shortcut of {@link Node#astext()} against the general walk. */
class NodeTest {

    @Test
    void astextGivesWhatTheWalkOverAllChildrenGives() {
        Random random = new Random(7);
        int sole = 0;
        for (int n = 0; n < 20000; n++) {
            Node node = randomNode(random, 0);
            StringBuilder walked = new StringBuilder();
            node.appendText(walked);
            assertEquals(walked.toString(), node.astext());
            if (node.children.size() == 1 && node.children.get(0).kind == Node.Kind.TEXT) {
                sole++;
            }
        }
        assertTrue(sole > 500, "nodes with one text child: " + sole);
    }

    private static Node randomNode(Random random, int depth) {
        String[] texts = {"", "a", "b c", "\n"};
        Node node = switch (random.nextInt(depth == 0 ? 3 : 4)) {
            case 0 -> Node.element(1, 0);
            case 1 -> new Node(Node.Kind.TABLE, 1, 0, random.nextBoolean() ? null : "caption");
            case 2 -> new Node(Node.Kind.LIST_ITEM, 0, -1, null);
            default -> random.nextBoolean() ? Node.message() : Node.text(texts[random.nextInt(texts.length)], 1, 0);
        };
        int children = depth > 2 ? 0 : random.nextInt(3);
        for (int k = 0; k < children; k++) {
            node.add(randomNode(random, depth + 1));
        }
        return node;
    }
}
