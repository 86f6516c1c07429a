package org.jointplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A key prints the colour with the plan's word, since partners give the colours different words. */
class BragKeyWordsTest {
    @Test
    void theKeySaysTheColourThenThePlansWord() {
        BragKey key = BragKey.DEFAULT.with(Status.OFF_TRACK, "SLT escalation", "");
        assertEquals("Amber: at risk", key.entry(Status.AT_RISK).colourAndLabel());
        assertEquals("Grey: not started", key.entry(Status.NOT_STARTED).colourAndLabel());
        assertEquals("Red: SLT escalation", key.entry(Status.OFF_TRACK).colourAndLabel());
        assertEquals("Green: on plan", key.with(Status.ON_TRACK, "Green: on plan", "").entry(Status.ON_TRACK)
                .colourAndLabel(), "a word that names its colour is not told it twice");
    }
}
