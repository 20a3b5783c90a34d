package org.vre.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vre.core.VreException;

class RseExpressionTest {

    private static Rse rse(String name, Map<String, String> attrs) {
        return new Rse(name, true, attrs, List.of(), Instant.EPOCH);
    }

    private static final List<Rse> RSES = List.of(
            rse("EULAKE-1", Map.of("tier", "1", "country", "FR", "type", "DISK")),
            rse("CERN-PROD", Map.of("tier", "0", "country", "CH", "type", "TAPE", "SPAINSITES", "false")),
            rse("PIC-DISK", Map.of("tier", "1", "country", "ES", "type", "DISK", "SPAINSITES", "true")),
            rse("DESY-DISK", Map.of("tier", "2", "country", "DE", "type", "DISK", "freespace", "12.5")),
            rse("LAPP-SCRATCH", Map.of("tier", "2", "country", "FR", "type", "DISK")));

    private static Set<String> eval(String expression) {
        return RseExpression.parse(expression).evaluate(RSES);
    }

    @Test
    void primitives() {
        assertEquals(Set.of("EULAKE-1"), eval("EULAKE-1"));
        assertEquals(Set.of("EULAKE-1", "PIC-DISK"), eval("tier=1"));
        assertEquals(5, eval("*").size());
        assertEquals(Set.of("PIC-DISK"), eval("SPAINSITES"));
        assertEquals(Set.of("DESY-DISK", "LAPP-SCRATCH"), eval("tier>1"));
        assertEquals(Set.of("CERN-PROD"), eval("tier<1"));
        assertEquals(Set.of("DESY-DISK"), eval("freespace>10"));
        assertEquals(Set.of("CERN-PROD"), eval("rse=CERN-PROD"));
    }

    @Test
    void operatorsAndParentheses() {
        assertEquals(Set.of("EULAKE-1"), eval("tier=1&country=FR"));
        assertEquals(Set.of("EULAKE-1", "PIC-DISK", "LAPP-SCRATCH"), eval("tier=1|country=FR"));
        assertEquals(Set.of("CERN-PROD", "DESY-DISK", "LAPP-SCRATCH"), eval("*\\tier=1"));
        assertEquals(Set.of("EULAKE-1", "CERN-PROD"), eval("tier=1&country=FR|CERN-PROD"), "the seed's example form");
        // equal precedence, left to right: (A|B)&C differs from A|(B&C)
        assertEquals(Set.of("EULAKE-1"), eval("CERN-PROD|EULAKE-1&country=FR"));
        assertEquals(Set.of("CERN-PROD", "EULAKE-1"), eval("CERN-PROD|(EULAKE-1&country=FR)"));
        assertEquals(Set.of("DESY-DISK"), eval("type=DISK\\(country=FR|country=ES)"));
        assertEquals(Set.of("EULAKE-1"), eval(" tier=1 & country=FR "));
    }

    @Test
    void syntaxErrorsPointAtThePosition() {
        VreException e = assertThrows(VreException.class, () -> RseExpression.parse("tier=1&(country=FR"));
        assertTrue(e.getMessage().contains("missing ')' for the '(' at position 8"), e.getMessage());
        assertTrue(e.getMessage().contains("at position 19"), e.getMessage());
        e = assertThrows(VreException.class, () -> RseExpression.parse("tier=1&&country=FR"));
        assertTrue(e.getMessage().contains("at position 8"), e.getMessage());
        assertTrue(e.getMessage().endsWith("       ^"), e.getMessage());
        e = assertThrows(VreException.class, () -> RseExpression.parse("tier>abc"));
        assertTrue(e.getMessage().contains("'>' needs a number, got 'abc' at position 6"), e.getMessage());
        e = assertThrows(VreException.class, () -> RseExpression.parse("tier=1)"));
        assertTrue(e.getMessage().contains("')' without matching '('"), e.getMessage());
        e = assertThrows(VreException.class, () -> RseExpression.parse("tier="));
        assertTrue(e.getMessage().contains("missing value after '='"), e.getMessage());
        assertThrows(VreException.class, () -> RseExpression.parse(""));
        assertThrows(VreException.class, () -> RseExpression.parse("a|"));
        assertThrows(VreException.class, () -> RseExpression.parse("a$b"));
    }

    @Test
    void emptyResultIsAnError() {
        VreException e = assertThrows(VreException.class, () -> eval("country=US"));
        assertTrue(e.getMessage().contains("matches no RSE"), e.getMessage());
        assertEquals(Set.of(), RseExpression.parse("country=US").matching(RSES));
    }
}
