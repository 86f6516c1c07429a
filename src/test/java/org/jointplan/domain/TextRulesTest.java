package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Control characters are refused where text comes in, and shown as visible escapes where text goes out. */
class TextRulesTest {
    private static final Stamp STAMP = new Stamp(Instant.parse("2024-10-07T09:00:00Z"), "NCC", "Officer");
    private static final List<String> HOSTILE = List.of("Plan\nPlan Fake (2024/25)", "Half\rway", "Clear\u001b[2J",
            "Tab\there", "Bell\u0007", "Del\u007f", "C1\u009bm", "Evil\u202egnp.exe", "Isolate\u2066x\u2069",
            "Line\u2028separator");

    private static Action action(String title, String owner, String notes) {
        LocalDate day = LocalDate.of(2024, 9, 1);
        return new Action(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Set.of(), title, "", null, owner,
                day, day, Status.ON_TRACK, 10, "", notes, null, null, "", "", STAMP);
    }

    @Test
    void oneLineFieldsRefuseLineBreaksTabsAndControlCharacters() {
        for (String bad : HOSTILE) {
            var title = assertThrows(ValidationException.class, () -> action(bad, "", ""), bad);
            assertEquals("The action's title must be one line, without line breaks, tabs or control characters.",
                    title.getMessage());
            assertThrows(ValidationException.class, () -> action("Title", bad, ""), bad);
            assertThrows(ValidationException.class, () -> new Stamp(Instant.EPOCH, bad, "Jo"), bad);
            assertThrows(ValidationException.class, () -> new Stamp(Instant.EPOCH, "NCC", bad), bad);
            assertThrows(ValidationException.class, () -> new Partner(UUID.randomUUID(), UUID.randomUUID(), bad,
                    "", STAMP), bad);
            assertThrows(ValidationException.class, () -> new Exchange(UUID.randomUUID(), UUID.randomUUID(),
                    Exchange.Direction.RECEIVED, Instant.EPOCH, bad, "Jo", Instant.EPOCH, "a.jplan", ""), bad);
        }
    }

    @Test
    void longTextKeepsLineBreaksAndTabsButRefusesOtherControlCharacters() {
        Action a = assertDoesNotThrow(() -> action("Title", "Owner", "First line\r\nSecond\tline"));
        assertEquals("First line\r\nSecond\tline", a.notes());
        for (String bad : List.of("Clear\u001b[2J", "Bell\u0007", "C1\u0085", "Evil\u202egnp.exe")) {
            var e = assertThrows(ValidationException.class, () -> action("Title", "", bad), bad);
            assertEquals("The action's notes cannot contain control characters (line breaks and tabs are fine).",
                    e.getMessage());
        }
    }

    @Test
    void anExchangeKeepsAStrangeLocalFileNameWithItsControlCharactersMadeVisible() {
        Exchange e = new Exchange(UUID.randomUUID(), UUID.randomUUID(), Exchange.Direction.SENT, Instant.EPOCH, "NCC",
                "Jo", Instant.EPOCH, "plan\tfor\nICB.jplan", "");
        assertEquals("plan\\u0009for\\u000aICB.jplan", e.fileName());
    }

    @Test
    void theMessageNeverQuotesTheRefusedText() {
        var e = assertThrows(ValidationException.class, () -> new Plan(UUID.randomUUID(), "\u001b[2JImported",
                "", new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)), FinancialYear.parse("2024/25"),
                List.of(), null, STAMP));
        assertFalse(e.getMessage().contains("Imported"), e.getMessage());
    }

    @Test
    void printableShowsEveryControlCharacterAsAVisibleEscape() {
        assertEquals("Clear\\u001b[2J\\u000aPlan \\u202efake\\u0009x", Text.printable(
                "Clear\u001b[2J\nPlan \u202efake\tx"));
        String ordinary = "Speech, Language & Communication – 40% ✓ £5";
        assertEquals(ordinary, Text.printable(ordinary));
    }
}
