package org.jointplan.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plan's BRAG key: the word and meaning each status is shown with. Partners define the colours differently, so
 * the key belongs to the plan and is printed on every output; the colour of each status is fixed (Blue, Red, Amber,
 * Green, Grey), only its words change. A key always has one entry per status, in the order of {@link Status}.
 */
public record BragKey(List<Entry> entries) {

    /** One status's word ("On track") and what it means ("Will be delivered by the due date"). */
    public record Entry(Status status, String label, String meaning) {
        public Entry {
            if (status == null) {
                throw new ValidationException("Each entry of the BRAG key needs its status.");
            }
            label = Text.requiredLine(label, "The BRAG key's word for " + status.bragColour());
            meaning = Text.line(meaning, "The BRAG key's meaning of " + status.bragColour());
        }

        /** "Green" for the status On track: the colour the key gives this word. */
        public String colour() {
            return status.bragColour();
        }

        /**
         * The colour and the word, as a key prints them so that neither is left to guess: "Amber: at risk". The
         * word keeps its capitals when it starts with an abbreviation ("Red: SLT escalation"); a word that already
         * names its colour ("Green: on plan") is printed as it is.
         */
        public String colourAndLabel() {
            if (label.toLowerCase(Locale.UK).startsWith(colour().toLowerCase(Locale.UK))) {
                return label;
            }
            boolean abbreviation = label.length() > 1 && Character.isUpperCase(label.charAt(1));
            String word = abbreviation ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
            return colour() + ": " + word;
        }
    }

    /** The key committees know: Blue Complete, Green On track, Amber At risk, Red Off track, Grey Not started. */
    public static final BragKey DEFAULT = new BragKey(null);

    private static Entry standard(Status status) {
        return switch (status) {
            case COMPLETE -> new Entry(status, "Complete", "Delivered, and the outcome in place");
            case ON_TRACK -> new Entry(status, "On track", "Will be delivered by the due date");
            case AT_RISK -> new Entry(status, "At risk", "Some slippage, or a risk to delivery being managed");
            case OFF_TRACK -> new Entry(status, "Off track", "Will not be delivered as planned; needs escalation");
            case NOT_STARTED -> new Entry(status, "Not started", "Not yet due to start, or no data");
        };
    }

    public BragKey {
        Map<Status, Entry> byStatus = new EnumMap<>(Status.class);
        if (entries != null) {
            for (Entry e : entries) {
                if (e == null || byStatus.put(e.status(), e) != null) {
                    throw new ValidationException("The BRAG key gives a status more than one word.");
                }
            }
        }
        List<Entry> ordered = new ArrayList<>();
        Set<String> words = new HashSet<>();
        for (Status s : Status.values()) {
            Entry e = byStatus.getOrDefault(s, standard(s)); // a status the key leaves out keeps its usual words
            if (!words.add(e.label().toLowerCase(Locale.UK))) {
                throw new ValidationException("Two statuses of the BRAG key have the same word, '" + e.label()
                        + "'; give each its own.");
            }
            ordered.add(e);
        }
        entries = List.copyOf(ordered);
    }

    public Entry entry(Status status) {
        return entries.get(status.ordinal());
    }

    public String label(Status status) {
        return entry(status).label();
    }

    public String meaning(Status status) {
        return entry(status).meaning();
    }

    /** The key with one status's word and meaning replaced. */
    public BragKey with(Status status, String label, String meaning) {
        List<Entry> changed = new ArrayList<>(entries);
        changed.set(status.ordinal(), new Entry(status, label, meaning));
        return new BragKey(changed);
    }

    /** The key in the order committees read it: Blue, Green, Amber, Red, then Grey. */
    public List<Entry> inReadingOrder() {
        return List.of(entry(Status.COMPLETE), entry(Status.ON_TRACK), entry(Status.AT_RISK),
                entry(Status.OFF_TRACK), entry(Status.NOT_STARTED));
    }
}
