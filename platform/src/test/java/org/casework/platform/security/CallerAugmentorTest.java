package org.casework.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerAugmentorTest {

    @Test
    void aMachineClientGainsARoleNamingItself() {
        assertEquals(Set.of(Roles.SERVICE, Roles.NOTICE_SERVICE_CLIENT), CallerAugmentor.machineRoles("notice-service"));
    }

    @Test
    void aMachineClientWithoutAClientIdKeepsOnlyTheSharedRole() {
        assertEquals(Set.of(Roles.SERVICE), CallerAugmentor.machineRoles(null));
    }

    @Test
    void aClientIdThatIsNotAPlainNameGainsNoClientRole() {
        assertEquals(Set.of(Roles.SERVICE), CallerAugmentor.machineRoles("notice-service,decision-maker"));
        assertEquals(Set.of(Roles.SERVICE), CallerAugmentor.machineRoles("Notice Service"));
        assertEquals(Set.of(Roles.SERVICE), CallerAugmentor.machineRoles(""));
    }
}
