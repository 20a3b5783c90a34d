package org.vre.workflow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The cases of Python's string.Template.substitute that REANA's serial engine relies on. */
class ParameterTemplateTest {

    private static final Map<String, String> VALUES = Map.of("p", "P", "p_2", "Q", "_x", "X");

    @Test
    void namedBracedAndEscaped() {
        assertEquals("P Q X P2 $p $", ParameterTemplate.parse("$p $p_2 ${_x} ${p}2 $$p $$").substitute(VALUES));
        assertEquals("P.txt", ParameterTemplate.parse("$p.txt").substitute(VALUES));
    }

    @Test
    void undefinedParameterIsAnError() {
        ParameterTemplate.TemplateException e = assertThrows(ParameterTemplate.TemplateException.class,
                () -> ParameterTemplate.parse("echo ${missing}").substitute(VALUES));
        assertEquals("missing", e.parameter());
        assertEquals(5, e.offset());
    }

    @Test
    void invalidPlaceholdersAreFound() {
        ParameterTemplate t = ParameterTemplate.parse("echo $(pwd) $1 ${a-b} $");
        assertEquals(List.of(5, 12, 15, 22), t.invalidOffsets());
        assertThrows(ParameterTemplate.TemplateException.class, () -> t.substitute(VALUES));
        assertEquals(List.of(), ParameterTemplate.parse("cost: $$HOME").invalidOffsets());
    }
}
