package org.casework.notices.domain;

/** Where an appeal to the First-tier Tribunal stands: pending, or how the tribunal ended it (DPA 2018 s.163). */
public enum AppealStatus {
    PENDING,
    /** s.163(4): the notice stands. */
    DISMISSED,
    /** s.163(3): the notice is not in accordance with the law, so it is cancelled. */
    ALLOWED,
    /** s.163(3): the tribunal substitutes another notice or decision the regulator could have made. */
    VARIED,
    /** The appellant withdrew the appeal; the notice stands. */
    WITHDRAWN
}
