package org.jointplan.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** OWASP's advice on CSV injection: a cell that a spreadsheet would read as a formula is made text. */
class CellTextTest {
    @Test
    void eachFormulaCharacterAtTheStartIsGuardedWithAnApostrophe() {
        for (String risky : new String[] {"=1+1", "+44 115", "-5", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertTrue(CellText.looksLikeFormula(risky), risky);
            assertEquals("'" + risky, CellText.guarded(risky));
        }
    }

    @Test
    void ordinaryTextAndTextWithTheCharactersLaterAreLeftAlone() {
        for (String safe : new String[] {"", "Review the pathway", "1 = 1", "a-b", "£5", "quoted'"}) {
            assertFalse(CellText.looksLikeFormula(safe), safe);
            assertEquals(safe, CellText.guarded(safe));
        }
    }

    @Test
    void aTextThatBeginsWithAnApostropheGetsAnotherSoThatTheImporterStripsExactlyOne() {
        assertEquals("''quoted", CellText.guarded("'quoted"));
        assertEquals("'quoted", CellText.unguarded("''quoted"));
        for (String text : new String[] {"=1+1", "-5", "'=x", "'", "plain", "", "'quoted"}) {
            assertEquals(text, CellText.unguarded(CellText.guarded(text)), text);
        }
        assertEquals("'plain", CellText.unguarded("'plain"), "an apostrophe the writer did not add stays");
    }
}
