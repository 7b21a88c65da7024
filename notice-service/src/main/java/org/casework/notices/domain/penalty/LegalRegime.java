package org.casework.notices.domain.penalty;

/**
 * The law a penalty is given under: the data protection legislation (UK GDPR and DPA 2018), or the Privacy and
 * Electronic Communications (EC Directive) Regulations 2003, whose reg 31 and Sch 1 apply the DPA 2018 enforcement
 * provisions with modifications and whose maximum depends on the day of the infringement ({@link PecrMaxima}).
 */
public enum LegalRegime {
    DPA_UK_GDPR,
    PECR
}
