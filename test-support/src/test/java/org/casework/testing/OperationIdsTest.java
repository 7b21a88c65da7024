package org.casework.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The operation ids are unique across the suite, as client generators and auditors' tools assume when
 * they read the three documents together: an id is in one service's section only, unless it is one of
 * platform's audit operations, which every service serves alike. Each service's
 * OperationsEndpointsTest holds its document to its section.
 */
class OperationIdsTest {

    private static final Set<String> SERVICES = Set.of("case-service", "notice-service", "representation-service",
            "notification-service");

    @Test
    void everyServiceHasItsSection() {
        assertEquals(SERVICES, OperationIds.read(OperationIds.file()).keySet());
    }

    @Test
    void noIdIsInTwoServicesButTheSharedAuditOperations() {
        assertEquals(List.of(), OperationIds.collisions(OperationIds.read(OperationIds.file())));
    }

    @Test
    void anIdInTwoServicesIsACollisionUnlessItIsASharedAuditOperation() {
        Map<String, List<OperationIds.Listed>> sections = OperationIds.parse(List.of(
                "[case-service]", "GET /cases listCases", "GET /audit/verify verifyAuditLog",
                "[notice-service]", "GET /notices listCases", "GET /audit/verify verifyAuditLog"));

        assertEquals(List.of("listCases names several operations: [GET /cases, GET /notices]",
                "listCases in [case-service, notice-service]"), OperationIds.collisions(sections));
    }

    @Test
    void anIdTwiceInOneServiceIsACollision() {
        Map<String, List<OperationIds.Listed>> sections = OperationIds.parse(List.of(
                "[case-service]", "GET /cases listCases", "POST /cases listCases"));

        assertEquals(List.of("listCases twice in one service: [case-service, case-service]",
                "listCases names several operations: [GET /cases, POST /cases]"), OperationIds.collisions(sections));
    }

    @Test
    void theSharedAuditOperationsAreListedForEveryService() {
        Map<String, List<OperationIds.Listed>> sections = OperationIds.read(OperationIds.file());
        Set<String> audit = new TreeSet<>();
        sections.values().forEach(listed -> listed.stream().filter(OperationIds.Listed::sharedAudit)
                .forEach(l -> audit.add(l.toString())));
        assertTrue(!audit.isEmpty());
        sections.forEach((service, listed) -> {
            Set<String> own = new TreeSet<>();
            listed.stream().filter(OperationIds.Listed::sharedAudit).forEach(l -> own.add(l.toString()));
            assertEquals(audit, own, service);
        });
    }

    @Test
    void aLineOutsideASectionOrWithoutItsIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OperationIds.parse(List.of("GET /cases listCases")));
        assertThrows(IllegalArgumentException.class, () -> OperationIds.parse(List.of("[case-service]", "GET /cases")));
    }
}
