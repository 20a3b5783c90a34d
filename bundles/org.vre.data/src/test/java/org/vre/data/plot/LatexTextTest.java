package org.vre.data.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;

import org.junit.jupiter.api.Test;

class LatexTextTest {

    @Test
    void greekLettersSuperscriptsAndFontsBecomeUnicode() {
        assertEquals("χ²/ndf", LatexText.plain("#chi^{2}/ndf"));
        assertEquals("m_μμ [GeV]", LatexText.plain("m_{#mu#mu} [GeV]"));
        assertEquals("p_T", LatexText.plain("#font[42]{p_{T}}"));
        assertEquals("σ × BR [pb]", LatexText.plain("#sigma #times BR [pb]"));
        assertEquals("10⁻³", LatexText.plain("10^{-3}"));
    }

    @Test
    void attributedTextRaisesAndLowersRunsAndKeepsBold() {
        AttributedCharacterIterator it = LatexText.attributed("E_{T}^{miss} #font[62]{GeV}", new Font("SansSerif", Font.PLAIN, 12)).getIterator();
        StringBuilder text = new StringBuilder();
        int sub = 0;
        int sup = 0;
        int bold = 0;
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            text.append(c);
            Object shift = it.getAttribute(TextAttribute.SUPERSCRIPT);
            if (TextAttribute.SUPERSCRIPT_SUB.equals(shift)) {
                sub++;
            }
            if (TextAttribute.SUPERSCRIPT_SUPER.equals(shift)) {
                sup++;
            }
            if (TextAttribute.WEIGHT_BOLD.equals(it.getAttribute(TextAttribute.WEIGHT))) {
                bold++;
            }
        }
        assertEquals("ETmiss GeV", text.toString());
        assertEquals(1, sub);
        assertEquals(4, sup);
        assertEquals(3, bold);
    }

    @Test
    void unbalancedBracesDoNotThrow() {
        assertTrue(LatexText.plain("x^{2").startsWith("x"));
        assertEquals("#unknown", LatexText.plain("#unknown"));
    }
}
