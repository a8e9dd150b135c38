/**
 * {@code GET /metrics}: Weft's meters ({@link dev.weft.metrics.WeftMeters}: sessions, events,
 * handler durations, protocol errors, uploads) in Prometheus's text format, on the same registry
 * as Vert.x's own HTTP, event-bus and pool metrics when Vert.x runs with vertx-micrometer-metrics
 * ({@link dev.weft.metrics.MetricsSetup} turns that on for app-fat.jar, and the launcher builds
 * Vert.x with {@link dev.weft.metrics.VertxMeters}, whose event-bus meters cost an add per
 * message instead of registry look-ups). The session code reports
 * through {@link dev.weft.session.SessionMetrics} and never sees Micrometer.
 */
package dev.weft.metrics;
