package org.puente.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.puente.protocol.log.Action;
import org.puente.protocol.log.Actor;
import org.puente.protocol.log.LogEntries;
import org.puente.protocol.log.LogEntry;
import org.puente.protocol.log.ObjectRef;

/**
 * The per-entry work on the node's append path before any storage: the canonical JSON of a typical
 * disclosure and its leaf hash. Run: {@code java -cp <classpath> org.openjdk.jmh.Main
 * LeafEncodingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LeafEncodingBenchmark {

  private final LogEntry entry =
      new LogEntry(
          1_234_567,
          Instant.parse("2026-11-28T10:15:30.123Z"),
          new Actor("fgr.analyst", "FGR", "MEX"),
          Action.READ,
          List.of(new ObjectRef("bulletin", "0f6d3c1e-8d5b-4a55-9a8e-4d3b9c7f2a10", "CBP-NTC")),
          "sha256:9b2f4c6d8e0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c",
          "req-5f2a9c",
          "investigation 44/2026",
          Map.of());

  @Benchmark
  public byte[] canonicalLeafHash() {
    return LogEntries.leafHash(entry);
  }
}
