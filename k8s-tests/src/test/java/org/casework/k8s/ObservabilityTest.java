package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * The observability component as each overlay builds it: a ServiceMonitor per workload on its Service's port and
 * /q/metrics, every workload told where the collector is on the port its egress policy opens, alert rules that each
 * name a runbook section that exists, and a dashboard and rules naming only metrics the services publish
 * ({@link #PUBLISHED}; DeploymentStartupIT reads them from the running applications' /q/metrics).
 */
class ObservabilityTest {

    /** What the applications publish on /q/metrics and the dashboard and alerts use; DeploymentStartupIT proves each. */
    static final Set<String> PUBLISHED = Set.of("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
            "casework_audit_pending", "casework_audit_pending_oldest_age_seconds", "casework_audit_link_lag_seconds",
            "casework_deadlines_due", "casework_outbox_unpublished", "casework_outbox_oldest_unpublished_age_seconds",
            "casework_notifications_sent_total", "casework_notifications_failed_total", "casework_audit_witness_failures_total");
    /** Metrics the dashboard and alerts may name before a deployed workload publishes them: none now. */
    static final Set<String> AWAITED = Set.of();
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "and", "or",
            "unless", "bool", "offset");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyWorkloadHasAServiceMonitorOnItsServicesPortAtQMetrics(Manifests m) {
        List<GenericKubernetesResource> monitors = m.operated("ServiceMonitor");
        assertThat(monitors).hasSize(Manifests.SERVICES.size());
        for (String workload : Manifests.SERVICES) {
            Service service = m.all(Service.class).stream().filter(s -> s.getMetadata().getName().equals(workload)).findFirst().orElseThrow();
            List<GenericKubernetesResource> mine = monitors.stream()
                    .filter(g -> service.getMetadata().getLabels().entrySet().containsAll(matchLabels(g).entrySet())).toList();
            assertThat(mine).as(workload + ": the ServiceMonitors selecting its Service").singleElement().satisfies(g -> {
                assertThat(matchLabels(g)).isNotEmpty();
                assertThat(g.getMetadata().getNamespace()).isEqualTo(service.getMetadata().getNamespace());
                assertThat(g.getMetadata().getLabels()).containsEntry("app.kubernetes.io/part-of", "casework");
                List<Map<String, Object>> endpoints = list(g.getAdditionalProperties().get("spec"), "endpoints");
                assertThat(endpoints).singleElement().satisfies(e -> {
                    assertThat(e.get("path")).isEqualTo("/q/metrics");
                    assertThat(e.get("port")).isEqualTo(service.getSpec().getPorts().get(0).getName());
                });
            });
            // the port Prometheus reaches is the container port the Service targets, and the scrape policy opens it
            Deployment d = deployment(m, workload);
            int containerPort = d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
                    .filter(p -> p.getName().equals(service.getSpec().getPorts().get(0).getTargetPort().getStrVal())).findFirst().orElseThrow()
                    .getContainerPort();
            NetworkPolicy scrape = policy(m, "allow-metrics-scrape");
            assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(scrape.getSpec().getPodSelector().getMatchLabels());
            assertThat(scrape.getSpec().getIngress()).singleElement().satisfies(rule -> {
                assertThat(rule.getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(containerPort));
                assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                    assertThat(peer.getNamespaceSelector().getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "monitoring");
                    assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "prometheus");
                });
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyWorkloadIsToldWhereTheCollectorIsOnThePortItsEgressPolicyOpens(Manifests m) {
        NetworkPolicy export = policy(m, "allow-otlp-export");
        int port = export.getSpec().getEgress().get(0).getPorts().get(0).getPort().getIntVal();
        String namespace = export.getSpec().getEgress().get(0).getTo().get(0).getNamespaceSelector().getMatchLabels()
                .get("kubernetes.io/metadata.name");
        for (String workload : Manifests.SERVICES) {
            Deployment d = deployment(m, workload);
            assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(export.getSpec().getPodSelector().getMatchLabels());
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            String endpoint = c.getEnv().stream().filter(e -> e.getName().equals("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT")).map(EnvVar::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError(m + " " + workload + " names no OTLP endpoint"));
            URI uri = URI.create(endpoint);
            assertThat(uri.getPort()).as(m + " " + workload + " OTLP endpoint port").isEqualTo(port);
            assertThat(uri.getHost()).as(m + " " + workload + " OTLP endpoint: a Service in " + namespace).contains("." + namespace + ".");
            assertThat(c.getEnv()).extracting(EnvVar::getName).contains("QUARKUS_OTEL_TRACES_SAMPLER_ARG");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyAlertNamesARunbookSectionThatExistsAndTheOperatorsAlertsAreThere(Manifests m) throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : Files.readAllLines(Manifests.ROOT.resolve("docs/runbook.md"))) {
            if (line.startsWith("#")) {
                anchors.add(line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
            }
        }
        List<Map<String, Object>> alerts = alerts(m);
        assertThat(alerts).extracting(a -> a.get("alert")).contains("CaseworkAuditSequencerLagging", "CaseworkAuditWitnessFailed",
                "CaseworkOutboxLagging",
                "CaseworkMailFailing", "CaseworkHighServerErrorRate");
        for (Map<String, Object> alert : alerts) {
            @SuppressWarnings("unchecked")
            Map<String, Object> annotations = (Map<String, Object>) alert.get("annotations");
            assertThat(annotations).as(alert.get("alert") + "").containsKeys("summary", "runbook_url");
            String runbook = (String) annotations.get("runbook_url");
            assertThat(runbook).as(alert.get("alert") + " runbook").startsWith("docs/runbook.md#");
            assertThat(anchors).as(alert.get("alert") + ": docs/runbook.md has its section").contains(runbook.substring(runbook.indexOf('#') + 1));
            assertThat(alert).as(alert.get("alert") + "").containsKeys("expr", "for", "labels");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theDashboardShowsWhatTheOperatorsNeed(Manifests m) throws IOException {
        JsonNode dashboard = dashboard(m);
        List<String> titles = new ArrayList<>();
        dashboard.get("panels").forEach(p -> titles.add(p.get("title").asText()));
        assertThat(titles).contains("Request rate by service", "Latency p95 and p99", "5xx rate (share of requests)",
                "Audit sequencer lag (oldest unlinked entry)", "Outbox lag (oldest unpublished event)", "Notifications sent and failed");
        assertThat(queries(dashboard)).anyMatch(q -> q.startsWith("histogram_quantile(0.95,")).anyMatch(q -> q.startsWith("histogram_quantile(0.99,"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theDashboardAndTheAlertsNameOnlyMetricsTheServicesPublish(Manifests m) throws IOException {
        Set<String> named = metricsNamed(m);
        assertThat(named).isNotEmpty();
        Set<String> known = new TreeSet<>(PUBLISHED);
        known.addAll(AWAITED);
        assertThat(known).as("every metric the dashboard or an alert names").containsAll(named);
    }

    /** Every metric name in the dashboard's queries and the alerts' expressions. */
    static Set<String> metricsNamed(Manifests m) throws IOException {
        List<String> expressions = new ArrayList<>(queries(dashboard(m)));
        alerts(m).forEach(a -> expressions.add((String) a.get("expr")));
        Set<String> names = new TreeSet<>();
        expressions.forEach(e -> names.addAll(metricNames(e)));
        return names;
    }

    /** The metric names in a PromQL expression: its identifiers, less label matchers, ranges, grouping labels, functions and keywords. */
    static Set<String> metricNames(String promql) {
        String q = promql.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
        Matcher id = Pattern.compile("(?<![a-zA-Z0-9_:.])[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()").matcher(q);
        Set<String> names = new TreeSet<>();
        while (id.find()) {
            if (!PROMQL_WORDS.contains(id.group())) {
                names.add(id.group());
            }
        }
        return names;
    }

    private static JsonNode dashboard(Manifests m) throws IOException {
        ConfigMap cm = m.all(ConfigMap.class).stream().filter(c -> "1".equals(c.getMetadata().getLabels() == null ? null
                : c.getMetadata().getLabels().get("grafana_dashboard"))).findFirst().orElseThrow();
        assertThat(cm.getData()).hasSize(1);
        return JSON.readTree(cm.getData().values().iterator().next());
    }

    private static List<String> queries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        dashboard.get("panels").forEach(p -> p.get("targets").forEach(t -> queries.add(t.get("expr").asText())));
        return queries;
    }

    private static List<Map<String, Object>> alerts(Manifests m) {
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (GenericKubernetesResource rule : m.operated("PrometheusRule")) {
            for (Map<String, Object> group : list(rule.getAdditionalProperties().get("spec"), "groups")) {
                for (Map<String, Object> r : list(group, "rules")) {
                    if (r.containsKey("alert")) {
                        alerts.add(r);
                    }
                }
            }
        }
        return alerts;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object map, String key) {
        return (List<Map<String, Object>>) ((Map<String, Object>) map).get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> matchLabels(GenericKubernetesResource monitor) {
        Map<String, Object> spec = (Map<String, Object>) monitor.getAdditionalProperties().get("spec");
        return (Map<String, String>) ((Map<String, Object>) spec.get("selector")).get("matchLabels");
    }

    private static Deployment deployment(Manifests m, String name) {
        return m.all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    private static NetworkPolicy policy(Manifests m, String name) {
        return m.all(NetworkPolicy.class).stream().filter(p -> p.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }
}
