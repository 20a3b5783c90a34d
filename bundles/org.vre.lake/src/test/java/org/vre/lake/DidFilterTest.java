package org.vre.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vre.core.VreException;
import org.vre.lake.DidFilter.Operator;

class DidFilterTest {

    @Test
    void andBindsTighterThanOr() {
        DidFilter f = DidFilter.parse("type=file, run>=300000 ; name=*.root and energy != 13");
        assertEquals(2, f.groups().size());
        assertEquals(2, f.groups().get(0).size());
        assertEquals(Operator.GE, f.groups().get(0).get(1).op());
        assertEquals("300000", f.groups().get(0).get(1).value());
        assertEquals(Operator.NE, f.groups().get(1).get(1).op());
        assertEquals(DidFilter.parse("a=1 or b=2").groups().size(), 2);
        assertEquals("x y", DidFilter.parse("title=\"x y\"").groups().get(0).get(0).value());
    }

    @Test
    void errorsPointAtThePosition() {
        VreException e = assertThrows(VreException.class, () -> DidFilter.parse("run>>3"));
        assertTrue(e.getMessage().contains("expected a value at position 5"), e.getMessage());
        e = assertThrows(VreException.class, () -> DidFilter.parse("run 3"));
        assertTrue(e.getMessage().contains("expected an operator"), e.getMessage());
        e = assertThrows(VreException.class, () -> DidFilter.parse("a=1 b=2"));
        assertTrue(e.getMessage().contains("at position 5"), e.getMessage());
        assertThrows(VreException.class, () -> DidFilter.parse("a='x"));
    }

    @Test
    void emptyMatchesAll() {
        assertEquals(1, DidFilter.parse(" ").groups().size());
        assertTrue(DidFilter.parse(null).groups().get(0).isEmpty());
    }
}
