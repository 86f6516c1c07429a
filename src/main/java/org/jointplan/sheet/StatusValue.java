package org.jointplan.sheet;

import org.jointplan.domain.Status;

/** A rating cell as read. */
sealed interface StatusValue {
    record Known(Status status) implements StatusValue {
    }

    /** Nothing in the cell: no rating, no fill. */
    record Blank() implements StatusValue {
    }

    /** Between two ratings ("Amber/Green"): which is asked. */
    record Between(String written, Status first, Status second) implements StatusValue {
    }

    /** A word that is no rating ("Paused"): which is asked. */
    record Unknown(String written) implements StatusValue {
    }

    /** No word, only a fill colour ("Amber"): asked, with the fill's rating offered first. */
    record FillOnly(String fill, Status suggested) implements StatusValue {
    }
}
