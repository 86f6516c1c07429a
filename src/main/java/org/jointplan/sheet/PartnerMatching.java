package org.jointplan.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jointplan.domain.Partner;

/**
 * Which partner a lead organisation cell names. A name or short name of a known partner (the plan being updated,
 * or a full name written elsewhere in the file) matches it; an abbreviation matches the partners whose initials or
 * short name it is. An abbreviation that fits more than one ("NCC": Nottingham City Council and Nottinghamshire
 * County Council) is asked about, never guessed; so is "NCC" in a file that names neither council, since the two
 * share it in the plans this application was made for.
 */
final class PartnerMatching {
    /** Abbreviations that stand for more than one organisation in the plans JointPlan serves. */
    private static final Map<String, List<String>> KNOWN_AMBIGUOUS = Map.of(
            "ncc", List.of("Nottingham City Council", "Nottinghamshire County Council"));
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "&");

    /** What a cell names: one organisation, or several it could be. */
    record Match(String name, List<String> candidates) {
        boolean ambiguous() {
            return candidates.size() > 1;
        }
    }

    private final Map<String, String> names = new LinkedHashMap<>(); // comparable form → name as written

    PartnerMatching(List<Partner> known, List<String> written) {
        for (Partner p : known) {
            names.put(comparable(p.name()), p.name());
        }
        for (String w : written) {
            if (!isAbbreviation(w)) {
                names.putIfAbsent(comparable(w), w);
            }
        }
        this.known = known;
    }

    private final List<Partner> known;

    /** The organisations a cell lists, the lead first: split at "/", ";", "," and line breaks. */
    static List<String> listed(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\s*(?:/|;|,|\\n|\\r)+\\s*")) {
            String p = part.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    Match match(String organisation) {
        String c = comparable(organisation);
        for (Partner p : known) {
            if (comparable(p.name()).equals(c) || comparable(p.shortName()).equals(c)) {
                return new Match(p.name(), List.of(p.name()));
            }
        }
        if (names.containsKey(c) && !isAbbreviation(organisation)) {
            return new Match(names.get(c), List.of(names.get(c)));
        }
        Set<String> fits = new LinkedHashSet<>();
        for (Partner p : known) {
            if (comparable(p.shortName()).equals(c) || initials(p.name()).equals(c)) {
                fits.add(p.name());
            }
        }
        for (String name : names.values()) {
            if (initials(name).equals(c)) {
                fits.add(name);
            }
        }
        if (fits.size() == 1) {
            return new Match(fits.iterator().next(), List.copyOf(fits));
        }
        if (fits.isEmpty() && KNOWN_AMBIGUOUS.containsKey(c)) {
            fits.addAll(KNOWN_AMBIGUOUS.get(c));
        }
        if (fits.size() > 1) {
            return new Match(null, List.copyOf(fits));
        }
        return new Match(organisation.strip(), List.of(organisation.strip()));
    }

    static boolean isAbbreviation(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.length() <= 6 && t.matches("[A-Z][A-Za-z]*") && t.equals(t.toUpperCase(Locale.UK));
    }

    private static String comparable(String s) {
        return s == null ? "" : s.toLowerCase(Locale.UK).replace("&", "and").replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : comparable(name).split(" ")) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w)) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
