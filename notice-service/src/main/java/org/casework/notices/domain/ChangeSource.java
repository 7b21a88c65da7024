package org.casework.notices.domain;

/** Who varied or cancelled a penalty notice: the regulator itself (Sch 16 paras 7-8) or the tribunal (s.163). */
public enum ChangeSource {
    REGULATOR,
    TRIBUNAL
}
